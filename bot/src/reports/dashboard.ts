import type { DashboardResponse } from '../api/contract';
import { promptSubject, type DeliveryRecord } from '../domain/delivery';
import type { DeliveryRepository } from '../storage/repositories';
import { toApiTime } from './api-time';
import { addDeliveryCounts, countDeliveries, emptyDeliveryCounts } from './delivery-counts';
import { MIN_GROUP_SIZE } from './min-group';
import { computeParticipation } from './participation';
import type { ProgrammeData, ProgrammeDataSources } from './programme-data';

export interface DashboardSources extends ProgrammeDataSources {
  /** Delivery records per prompt; without it the delivery counts are zeros. */
  deliveries?: Pick<DeliveryRepository, 'listBySubject'>;
}

/**
 * The coordinator's dashboard as the API serves it, reads included: the
 * programme and roster, then every prompt's answers and deliveries in
 * parallel, then one linear aggregation.
 */
export async function buildDashboard(
  sources: DashboardSources,
  programmeId: string,
  now: Date,
  minGroupSize = MIN_GROUP_SIZE,
): Promise<DashboardResponse | undefined> {
  const deliveries = sources.deliveries;
  const [loaded, enrolments] = await Promise.all([sources.programmes.load(programmeId), sources.enrolments.listByProgramme(programmeId)]);
  if (!loaded) return undefined;
  const [answerLists, deliveryLists] = await Promise.all([
    Promise.all(loaded.prompts.map((p) => sources.answers.listByPrompt(programmeId, p.id))),
    Promise.all(loaded.prompts.map((p) => (deliveries ? deliveries.listBySubject(programmeId, promptSubject(p.id)) : []))),
  ]);
  const data: ProgrammeData = { ...loaded, enrolments, answersByPrompt: new Map(loaded.prompts.map((p, i) => [p.id, answerLists[i]])) };
  const deliveriesByPrompt = new Map(loaded.prompts.map((p, i) => [p.id, deliveryLists[i]]));
  return dashboardOf(data, deliveriesByPrompt, deliveries !== undefined, now, minGroupSize);
}

export function dashboardOf(
  data: ProgrammeData,
  deliveriesByPrompt: Map<string, DeliveryRecord[]>,
  deliveryAvailable: boolean,
  now: Date,
  minGroupSize = MIN_GROUP_SIZE,
): DashboardResponse {
  const report = computeParticipation(data, now, minGroupSize);
  const zone = data.programme.timeZone;
  const prompts = report.prompts.map((tally) => ({
    promptId: tally.prompt.id,
    afterSession: tally.prompt.afterSession,
    title: tally.prompt.title,
    status: tally.status,
    dueAt: toApiTime(tally.prompt.dueAt, zone),
    expected: tally.expected,
    answered: tally.answered,
    rate: tally.rate,
    delivery: deliveryAvailable ? countDeliveries(deliveriesByPrompt.get(tally.prompt.id) ?? []) : emptyDeliveryCounts(),
    nonResponders: tally.nonResponders.map((e) => ({ displayName: e.displayName, department: e.department })),
  }));
  return {
    programmeId: data.programme.id,
    generatedAt: now.toISOString(),
    enrolled: report.enrolled,
    overall: report.overall,
    sessions: report.sessions,
    prompts,
    departments: report.departments,
    hiddenDepartments: report.hiddenDepartments,
    minGroupSize,
    delivery: addDeliveryCounts(prompts.map((p) => p.delivery)),
    deliveryAvailable,
  };
}
