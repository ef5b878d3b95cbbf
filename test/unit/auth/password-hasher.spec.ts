import { parseOptions } from '@node-rs/argon2';
import { ARGON2_OPTIONS, PasswordHasher } from '../../../src/modules/auth/password-hasher';

describe('password hashing', () => {
  const hasher = new PasswordHasher();

  it('uses Argon2id with the OWASP parameters m=19456 KiB, t=2, p=1', async () => {
    expect(ARGON2_OPTIONS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const stored = await hasher.hash('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1, saltLen: 16, outputLen: 32 });
  });

  it('salts every hash and verifies only the right password', async () => {
    const [first, second] = await Promise.all([hasher.hash('same password here'), hasher.hash('same password here')]);
    expect(first).not.toBe(second);
    await expect(hasher.verify(first, 'same password here')).resolves.toBe(true);
    await expect(hasher.verify(first, 'same password herE')).resolves.toBe(false);
    await expect(hasher.verify('not a hash', 'same password here')).resolves.toBe(false);
    await expect(hasher.verifyAgainstDummy('same password here')).resolves.toBe(false);
  });
});
