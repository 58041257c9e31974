import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import {
  findRecipientColumns,
  normalizeLanguage,
  parseRecipientLines,
  recipientsFromCsv,
} from './recipients';

describe('pasted recipients', () => {
  it('reads email, name and language per line, with commas, semicolons or tabs', () => {
    const { recipients, problems } = parseRecipientLines(
      [
        'ana@example.com',
        'binh@example.com, Trần Bình, vi',
        'chi@example.com; Chi Nguyen',
        'dan@example.com\tDan\tEN',
        'eve@example.com, , vi-vn',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(recipients).toEqual([
      { line: 1, email: 'ana@example.com' },
      { line: 2, email: 'binh@example.com', name: 'Trần Bình', language: 'vi' },
      { line: 3, email: 'chi@example.com', name: 'Chi Nguyen' },
      { line: 4, email: 'dan@example.com', name: 'Dan', language: 'en' },
      { line: 5, email: 'eve@example.com', language: 'vi-VN' },
    ]);
  });

  it('skips blank lines, comments and a header line, and keeps line numbers', () => {
    const { recipients } = parseRecipientLines(
      'email,name,language\n\n# VIP customers\n  an@example.com , An  \n',
    );
    expect(recipients).toEqual([{ line: 4, email: 'an@example.com', name: 'An' }]);
  });

  it('keeps a two-part line as email and name, even a short name', () => {
    // "An" is a Vietnamese name and also a language code: the second part is always the name.
    expect(parseRecipientLines('an@example.com, An').recipients).toEqual([
      { line: 1, email: 'an@example.com', name: 'An' },
    ]);
  });

  it('reads the third part as the language, and joins longer names with commas', () => {
    // Three parts are email, name, language: a third part that is no language code is pointed out.
    expect(parseRecipientLines('ana@example.com, Lima, Ana Maria').problems).toEqual([
      { line: 1, text: 'ana@example.com, Lima, Ana Maria', problem: 'badLanguage' },
    ]);
    expect(parseRecipientLines('ana@example.com, Lima, Ana, Maria').recipients[0]).toEqual({
      line: 1,
      email: 'ana@example.com',
      name: 'Lima, Ana, Maria',
    });
    expect(parseRecipientLines('ana@example.com, Lima, Ana, pt-br').recipients[0]).toEqual({
      line: 1,
      email: 'ana@example.com',
      name: 'Lima, Ana',
      language: 'pt-BR',
    });
  });

  it('reads "Name <address>" as mail programs copy it', () => {
    expect(parseRecipientLines('"Ana Lima" <ana@example.com>, vi').recipients[0]).toEqual({
      line: 1,
      email: 'ana@example.com',
      name: 'Ana Lima',
      language: 'vi',
    });
  });

  it('reports lines the API would refuse as a whole, and leaves address checks to the server', () => {
    const { recipients, problems } = parseRecipientLines(
      `not-an-email\n, Nobody\nx@example.com, X, Vietnamese\ny@example.com, ${'Y'.repeat(121)}`,
    );
    expect(recipients.map((r) => r.email)).toEqual(['not-an-email']);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'noEmail'],
      [3, 'badLanguage'],
      [4, 'longName'],
    ]);
  });

  it('normalises language codes', () => {
    expect(normalizeLanguage('VI')).toBe('vi');
    expect(normalizeLanguage('vi_vn')).toBe('vi-VN');
    expect(normalizeLanguage('Vietnamese')).toBe('Vietnamese');
  });
});

describe('recipients from a CSV file', () => {
  it('finds the email, name and language columns by common names', () => {
    expect(findRecipientColumns(['Full Name', 'E-mail', 'Locale'])).toEqual({
      email: 'E-mail',
      name: 'Full Name',
      language: 'Locale',
    });
    expect(findRecipientColumns(['Work email address'])).toEqual({
      email: 'Work email address',
      name: undefined,
      language: undefined,
    });
  });

  it('reads the rows with their file line numbers, quoted fields included', async () => {
    const table = await parseCsv(
      '\uFEFFemail,name,language\r\nana@example.com,"Lima, Ana",EN\r\n\r\n,"No\nemail",vi\r\nbinh@example.com,Bình,vi\r\n',
    );
    const parsed = recipientsFromCsv(table);
    expect(parsed.hasEmailColumn).toBe(true);
    expect(parsed.recipients).toEqual([
      { line: 2, email: 'ana@example.com', name: 'Lima, Ana', language: 'en' },
      { line: 6, email: 'binh@example.com', name: 'Bình', language: 'vi' },
    ]);
    expect(parsed.problems).toEqual([{ line: 4, text: 'No\nemail, vi', problem: 'noEmail' }]);
  });

  it('says when there is no email column', async () => {
    expect(recipientsFromCsv(await parseCsv('name\nAna\n')).hasEmailColumn).toBe(false);
  });
});
