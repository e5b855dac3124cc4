import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('configuration', () => {
  it('defaults to port 4000 and an embedded database with demo data', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.loadDemoData).toBe(true);
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('keeps demo data out of a managed database unless asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/effekt' }).loadDemoData).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://u:p@db:5432/e', EFFEKT_DEMO: '1' }).loadDemoData).toBe(
      true,
    );
    expect(readConfig({ EFFEKT_DEMO: '0' }).loadDemoData).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ EFFEKT_SECRET: 'short' })).toThrow(/EFFEKT_SECRET/);
    expect(() => readConfig({ EFFEKT_DEMO: 'yes' })).toThrow(/EFFEKT_DEMO/);
    expect(() => readConfig({ EFFEKT_PROCESSES: 'many' })).toThrow(/EFFEKT_PROCESSES/);
    expect(() => readConfig({ EFFEKT_PROCESSES: '0' })).toThrow(/EFFEKT_PROCESSES is at least 1/);
    expect(() => readConfig({ EFFEKT_PROCESSES: '1.5' })).toThrow(/EFFEKT_PROCESSES/);
  });

  it('runs one API process unless told how many', () => {
    expect(readConfig({}).processes).toBe(1);
    expect(readConfig({ EFFEKT_PROCESSES: '2' }).processes).toBe(2);
  });
});
