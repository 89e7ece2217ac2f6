import { partitionFilter, rowKeyFilter } from './odata-filters';

describe('OData filters', () => {
  it('quotes values and doubles single quotes', () => {
    expect(partitionFilter("o'x")).toBe("PartitionKey eq 'o''x'");
    expect(rowKeyFilter("a' or 'a' eq 'a")).toBe("RowKey eq 'a'' or ''a'' eq ''a'");
  });

  it('turns a RowKey prefix into a half-open range', () => {
    expect(partitionFilter('p', 'prompt|')).toBe("PartitionKey eq 'p' and RowKey ge 'prompt|' and RowKey lt 'prompt}'");
  });

  it('refuses a value that is not a string', () => {
    expect(() => partitionFilter(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => rowKeyFilter({ toString: () => "' or true" } as unknown as string)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
