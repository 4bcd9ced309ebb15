import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  IntegrationSettings,
  type SettingKey,
} from '../settings/integration-settings.js';
import { settingsMetadata } from '../settings/metadata.js';
import { GOLDEN_FLIPS, type GoldenFlip, NOT_IN_DOCUMENT } from './golden-flips.fixture.js';
import { golden } from './golden-helpers.fixture.js';

// A setting counts as covered when flipping it changes what the mapping makes of the golden
// order, not when a test title names it (decisions/135).

const metadataOf = (key: SettingKey) => settingsMetadata.find((m) => m.key === key);
const label = (key: SettingKey) => {
  const number = metadataOf(key)?.number;
  return number === null || number === undefined ? key : `#${number} ${key}`;
};

/** What the mapping makes of the golden order: the target and the document. */
function mapped(settings: GoldenFlip['base'], flip: GoldenFlip) {
  const { target, document } = golden(settings ?? {}, flip.order, flip.context);
  return { target, document };
}

const flips = (Object.entries(GOLDEN_FLIPS) as [SettingKey, GoldenFlip][]).map(
  ([key, flip]) => [label(key), key, flip] as const,
);

describe('golden coverage', () => {
  it('lists every setting once: as changing the golden document, or with the behaviour it governs instead', () => {
    const all = Object.keys(IntegrationSettings.shape).sort();
    const listed = [...Object.keys(GOLDEN_FLIPS), ...Object.keys(NOT_IN_DOCUMENT)].sort();
    expect(listed).toEqual(all);
    // #1–#46 of SPEC §7, plus order text, internal customer, subgroup and the cause code.
    const numbers = settingsMetadata.flatMap((m) => (m.number === null ? [] : [m.number]));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    expect(all).toHaveLength(50);
  });

  it('flips exactly the settings whose metadata says the mapping reads them', () => {
    const readByMapping = settingsMetadata
      .filter((m) => m.usedBy.includes('mapping'))
      .map((m) => m.key)
      .sort();
    expect(Object.keys(GOLDEN_FLIPS).sort()).toEqual(readByMapping);
  });

  it.each(flips)('%s: the flip is a valid value other than the default', (_, key, flip) => {
    const parsed = IntegrationSettings.parse({ ...flip.base, [key]: flip.value });
    expect(parsed[key]).not.toEqual(DEFAULT_SETTINGS[key]);
    expect(flip.base ?? {}).not.toHaveProperty(key);
  });

  it.each(flips)('%s changes the golden document', (_, key, flip) => {
    const before = mapped(flip.base, flip);
    const after = mapped({ ...flip.base, [key]: flip.value }, flip);
    expect(after).not.toEqual(before);
  });
});
