import { randomInt } from 'node:crypto';
import { AppError } from '../errors';

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

export function generateJoinCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[random(ALPHABET.length)];
  return code;
}

/** A fresh code that no programme uses yet (tries a few times; 31^8 codes make a clash rare). */
export async function uniqueJoinCode(inUse: (code: string) => Promise<boolean>, random?: (max: number) => number): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateJoinCode(random);
    if (!(await inUse(code))) return code;
  }
  throw new AppError('INTERNAL', 'no free join code after 5 attempts');
}
