/**
 * Advance widths of Arial (regular) in font units (2048 per em), for Latin-1 and the
 * punctuation French titles use. Google cuts titles by pixel width, not by characters.
 */
const UNITS_PER_EM = 2048;
const ASCII =
  // ' ' to '~' (0x20..0x7e)
  [
    569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479,
    1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366,
    1933, 1366, 1366, 1251, 569, 569, 569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455,
    455, 1024, 455, 1706, 1139, 1139, 1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684,
    532, 684, 1196,
  ];
const EXTRA: Record<string, number> = {
  '\u00a0': 569,
  '\u202f': 410,
  '\u2009': 410,
  '¡': 682,
  '¢': 1139,
  '£': 1139,
  '¤': 1139,
  '¥': 1139,
  '¦': 532,
  '§': 1139,
  '¨': 682,
  '©': 1509,
  ª: 758,
  '«': 1139,
  '¬': 1196,
  '®': 1509,
  '¯': 1131,
  '°': 819,
  '±': 1124,
  '²': 682,
  '³': 682,
  '´': 682,
  µ: 1180,
  '¶': 1100,
  '·': 682,
  '¸': 682,
  '¹': 682,
  º: 748,
  '»': 1139,
  '¼': 1708,
  '½': 1708,
  '¾': 1708,
  '¿': 1251,
  Æ: 2048,
  Ð: 1479,
  '×': 1196,
  Ø: 1593,
  Þ: 1366,
  ß: 1251,
  æ: 1821,
  ð: 1139,
  '÷': 1124,
  ø: 1251,
  þ: 1139,
  Œ: 2048,
  œ: 1933,
  '‘': 455,
  '’': 455,
  '‚': 455,
  '“': 682,
  '”': 682,
  '„': 682,
  '–': 1139,
  '—': 2048,
  '…': 2048,
  '€': 1139,
  '‹': 682,
  '›': 682,
  '•': 717,
  '™': 2048,
};
/** Unknown characters: the width of a digit, Arial's typical advance. */
const FALLBACK = 1139;

function units(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20] ?? FALLBACK;
  const extra = EXTRA[char];
  if (extra !== undefined) return extra;
  // Accented letters take the width of their base letter (é as e, À as A).
  const base = char.normalize('NFD')[0];
  if (base !== undefined && base !== char) return units(base);
  return FALLBACK;
}

/** Width in pixels of a text set in Arial at `fontSize` pixels (Google's desktop title: 20 px). */
export function arialWidth(text: string, fontSize = 20): number {
  let total = 0;
  for (const char of text) total += units(char);
  return (total * fontSize) / UNITS_PER_EM;
}
