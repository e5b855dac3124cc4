import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenService } from './tokens.js';

const SECRET = 'a'.repeat(64);
const USER = '0b7e6a4c-1d2f-4c3b-9a8e-5f6d7c8b9a01';

describe('access tokens', () => {
  it('verify what they issued, again and again with the same imported key', async () => {
    const tokens = new TokenService(SECRET, '1h');
    const token = await tokens.issue({ userId: USER });
    expect(await tokens.verify(token)).toEqual({ userId: USER });
    expect(await tokens.verify(token)).toEqual({ userId: USER });
  });

  it('refuse a token signed with another secret', async () => {
    const token = await new TokenService('b'.repeat(64), '1h').issue({ userId: USER });
    expect(await new TokenService(SECRET, '1h').verify(token)).toBeNull();
  });

  it('refuse an expired token, a malformed one and one for another audience', async () => {
    const tokens = new TokenService(SECRET, '1h');
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(USER)
      .setIssuer('effekt')
      .setAudience('effekt-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const elsewhere = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(USER)
      .setIssuer('effekt')
      .setAudience('another-api')
      .setExpirationTime('1h')
      .sign(key);
    expect(await tokens.verify(expired)).toBeNull();
    expect(await tokens.verify(elsewhere)).toBeNull();
    expect(await tokens.verify('not.a.token')).toBeNull();
  });

  it('sign tokens another process with the same secret accepts', async () => {
    const token = await new TokenService(SECRET, '1h').issue({ userId: USER });
    expect(await new TokenService(SECRET, '1h').verify(token)).toEqual({ userId: USER });
  });
});
