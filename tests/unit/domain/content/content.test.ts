import {
  ALL_CONTENT_IDS, CHECKLIST_ITEMS, CORE_QUESTIONS, HIGH_TRUST_SIGNS, HYBRID_TIPS, PHASES, PRACTICE_IDS, PRACTICES,
  REPAIR_STEPS, STRUCTURE, TALK_GOAL, WARNING_SIGNS, checklistItemById, checklistItemsFor, contentText, contentTextById,
  hybridTipById, isPracticeId, practiceById, questionById, repairStepById, signById, structureById, type LocalisedText,
} from '../../../../src/domain/content';
import { LOCALES } from '../../../../src/i18n/locale';

const allTexts = (): Array<[string, LocalisedText]> => [
  ...PRACTICES.flatMap((p): Array<[string, LocalisedText]> => [[`${p.id} title`, p.title], [`${p.id} guidance`, p.guidance]]),
  ...REPAIR_STEPS.flatMap((r): Array<[string, LocalisedText]> => [[`${r.id} title`, r.title], [`${r.id} guidance`, r.guidance]]),
  ...[...CHECKLIST_ITEMS, ...HIGH_TRUST_SIGNS, ...WARNING_SIGNS, ...HYBRID_TIPS, ...CORE_QUESTIONS, ...STRUCTURE, TALK_GOAL].map(
    (item): [string, LocalisedText] => [item.id, item.text],
  ),
];

describe('the trust content', () => {
  it('has the stable ids the content and the stored checks rely on (docs/agenda.md)', () => {
    expect(PRACTICES.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(HIGH_TRUST_SIGNS.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(WARNING_SIGNS.map((s) => s.id)).toEqual(['W1', 'W2', 'W3', 'W4']);
    expect(REPAIR_STEPS.map((s) => s.id)).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(HYBRID_TIPS.map((s) => s.id)).toEqual(['H1', 'H2', 'H3', 'H4']);
    expect(CORE_QUESTIONS.map((s) => s.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(STRUCTURE.map((s) => s.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(TALK_GOAL.id).toBe('T1');
    expect(new Set(ALL_CONTENT_IDS).size).toBe(ALL_CONTENT_IDS.length);
  });

  it.each(allTexts())('%s is written in every language, without stray spaces', (_id, text) => {
    for (const locale of LOCALES) {
      expect(text[locale].trim()).not.toBe('');
      expect(text[locale]).toBe(text[locale].trim());
    }
    expect(text.he).toMatch(/[\u0590-\u05ff]/);
    expect(text.sv).not.toBe(text.en);
  });

  it('gives every practice items before, during and after the 1:1, numbered from 1', () => {
    for (const practice of PRACTICE_IDS) {
      for (const phase of PHASES) {
        const items = checklistItemsFor(practice, phase);
        expect(items.length).toBeGreaterThan(0);
        expect(items.map((i) => i.id)).toEqual(items.map((_, n) => `${practice}.${phase}.${n + 1}`));
        expect(items.every((i) => i.practiceId === practice && i.phase === phase)).toBe(true);
      }
    }
    expect(checklistItemsFor()).toHaveLength(CHECKLIST_ITEMS.length);
    expect(checklistItemsFor('P2').map((i) => i.phase)).toEqual(['before', 'before', 'during', 'during', 'after']);
  });

  it('finds content by id, and nothing for an unknown id', () => {
    expect(practiceById('P4')?.title.en).toBe('Promise only what you can keep');
    expect(checklistItemById('P2.before.1')?.practiceId).toBe('P2');
    expect(signById('W2')?.text.sv).toContain('allt är bra');
    expect(repairStepById('R3')?.title.he).toBe('תוכנית שינוי ברורה');
    expect(hybridTipById('H4')?.text.en).toContain('quarter');
    expect(questionById('Q4')?.text.en).toBe('What can I do?');
    expect(structureById('C5')?.text.en).toContain('who does what by when');
    expect(contentText('T1', 'en')).toBe('The report talks most of the time.');
    expect(contentText('P1', 'sv')).toBe('Var öppen');
    expect(contentText('S3', 'en')).toBe('People come to you for advice.');
    for (const id of ALL_CONTENT_IDS) expect(contentTextById(id)).toBeDefined();
    expect(practiceById('P8')).toBeUndefined();
    expect(contentTextById('X9')).toBeUndefined();
    expect(isPracticeId('P7')).toBe(true);
    expect(isPracticeId('p7')).toBe(false);
  });
});
