import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesLuhn, redactPii } from '../src/text/pii';
import type { PiiType } from '../src/text/types';

/** The findings as [type, matched text] pairs, which is what a reviewer checks. */
function found(text: string): [PiiType, string][] {
  const normalized = text.normalize('NFC');
  return redactPii(text).findings.map((f) => [f.type, normalized.slice(f.start, f.end)]);
}

describe('e-mail addresses', () => {
  it.each([
    ['Email me at john.doe+cx@example.co.uk please', 'john.doe+cx@example.co.uk'],
    ['contact: nguyen_van.a@gmail.com', 'nguyen_van.a@gmail.com'],
    ['(support@shop-online.vn)', 'support@shop-online.vn'],
    ['mail tôi: 0912345678@gmail.com nhé', '0912345678@gmail.com'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text)).toEqual([['email', address]]);
  });

  it('does not take social handles or bare @ for addresses', () => {
    expect(found('@united thanks for nothing')).toEqual([]);
    expect(found('meet me @ the gate, user@localhost')).toEqual([]);
  });

  it('replaces the address with a placeholder', () => {
    expect(redactPii('Write to ana@example.com today.').redacted).toBe('Write to [email] today.');
  });
});

describe('phone numbers', () => {
  it.each([
    '+1 415 555 0100',
    '+44 20 7946 0958',
    '(415) 555-0100',
    '415-555-0100',
    '415.555.0100',
    '1-800-433-7300',
    '+1 (415) 555-0100',
    '0912 345 678',
    '0912.345.678',
    '091-234-5678',
    '0912345678',
    '+84 912 345 678',
    '84912345678',
    '028 3822 1234',
    '(028) 3822 1234',
  ])('finds %s', (phone) => {
    expect(found(`Call me on ${phone} after 6pm`)).toEqual([['phone', phone]]);
  });

  it('finds ten unbroken digits only when the text is about calling', () => {
    expect(found('please call us back 7403607771')).toEqual([['phone', '7403607771']]);
    expect(found('booking reference 7403607771')).toEqual([]);
  });

  it.each([
    'It cost $25 and then $1,299.99',
    'Delivered on 2024-05-01, not 01/05/2024',
    'Order #12345 and invoice 2024-0001',
    'Arrived at 10:30, left at 22:15',
    'I waited 3 weeks and 45 minutes',
    'flight 1234 to gate 52',
    'ticket 2792125083854',
    'tôi mua 2 cái áo giá 350.000đ',
  ])('does not flag ordinary numbers in %j', (text) => {
    expect(redactPii(text).findings).toEqual([]);
  });
});

describe('payment cards', () => {
  it.each([
    ['4111 1111 1111 1111', 'Visa test number, spaced'],
    ['4111-1111-1111-1111', 'dashed'],
    ['4111111111111111', 'unbroken'],
    ['3782 822463 10005', 'American Express, 15 digits'],
    ['6011 0009 9013 9424', 'Discover'],
  ])('finds %s (%s)', (card) => {
    expect(found(`paid with ${card} yesterday`)).toEqual([['card', card]]);
  });

  it('does not treat a number failing the Luhn check as a card', () => {
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(found('paid with 4111 1111 1111 1112 yesterday')).toEqual([]);
  });

  it('implements Luhn as published (79927398713 is the textbook valid number)', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('only reads numbers starting with a payment industry digit (2–6) as cards', () => {
    const voucher = withLuhnCheckDigit('098123456789');
    expect(passesLuhn(voucher)).toBe(true);
    expect(found(`mã giảm giá ${voucher}`)).toEqual([]);
    const card = withLuhnCheckDigit('512345678901234').replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(found(`thẻ ${card}`)).toEqual([['card', card]]);
  });
});

describe('national ids', () => {
  it.each([
    ['Số CCCD của tôi là 079203001234', '079203001234'],
    ['CMND: 023456789', '023456789'],
    ['căn cước công dân 079 203 001 234', '079 203 001 234'],
    ['giấy chứng minh nhân dân số 123456789', '123456789'],
    ['so can cuoc 079203001234', '079203001234'],
  ])('finds the Vietnamese id in %j', (text, id) => {
    expect(found(text)).toEqual([['national_id', id]]);
  });

  it('does not flag 9 or 12 digits without the document named nearby', () => {
    expect(found('mã đơn hàng 079203001234')).toEqual([]);
    expect(found('order 123456789 shipped')).toEqual([]);
  });

  it('finds US social security numbers and skips numbers the SSA never issues', () => {
    expect(found('my SSN is 123-45-6789')).toEqual([['national_id', '123-45-6789']]);
    expect(found('ssn 123456789')).toEqual([['national_id', '123456789']]);
    expect(found('ref 000-12-3456 and 666-12-3456 and 123-00-4567')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['Ship to 221B Baker Street, London', '221B Baker Street'],
    ['I live at 1600 Pennsylvania Ave NW, Washington', '1600 Pennsylvania Ave NW'],
    ['Our shop at 12 High St. is closed', '12 High St'],
    ['350 5th Avenue', '350 5th Avenue'],
    ['Giao đến 123 Nguyễn Huệ giúp em', '123 Nguyễn Huệ'],
    ['nhà ở số 5 đường Lê Lợi nhé', 'số 5 đường Lê Lợi'],
    ['ngõ 12 phố Huế', 'ngõ 12 phố Huế'],
    ['em ở phường 3, quận 1', 'phường 3, quận 1'],
    ['hẻm 45/6 Lê Văn Sỹ, Phường 12', 'hẻm 45/6 Lê Văn Sỹ, Phường 12'],
    ['45/2 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q.1', '45/2 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q.1'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text)).toEqual([['address', address]]);
  });

  it.each([
    'I called 3 times on the way home',
    'Bought 2 Samsung Galaxy phones',
    'On 5 May Dr Smith said no',
    'phòng máy ở giảng đường 2 quá nóng',
    'tôi ở quận 1',
    'Quận 1, thành phố Hồ Chí Minh',
    'Feb 21 Kim Y says we leave at 9',
    'flight 1008 Bogotá-Houston',
  ])('does not flag %j', (text) => {
    expect(redactPii(text).findings).toEqual([]);
  });
});

describe('redaction as a whole', () => {
  it('redacts several kinds in one text, findings sorted and placeholders in place', () => {
    const text = 'Tôi là An, sđt 0912 345 678, email an@vd.vn, CCCD 079203001234, nhà 123 Nguyễn Huệ.';
    const result = redactPii(text);
    expect(result.findings.map((f) => f.type)).toEqual(['phone', 'email', 'national_id', 'address']);
    expect(result.redacted).toBe('Tôi là An, sđt [phone], email [email], CCCD [national_id], nhà [address].');
  });

  it('reports offsets into the NFC form of a decomposed (NFD) input', () => {
    const nfd = 'Địa chỉ: 123 Nguyễn Huệ'.normalize('NFD');
    const nfc = nfd.normalize('NFC');
    const [finding] = redactPii(nfd).findings;
    expect(finding).toBeDefined();
    expect(nfc.slice(finding?.start, finding?.end)).toBe('123 Nguyễn Huệ');
  });

  it('leaves text without PII untouched', () => {
    const text = 'The agent was lovely, 5 stars!';
    expect(redactPii(text)).toEqual({ redacted: text, findings: [] });
  });

  it('never redacts a generated e-mail address only partly', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const result = redactPii(`Contact me at ${email} today`);
        expect(result.redacted).not.toContain(email);
        expect(result.redacted).not.toContain('@');
        expect(result.findings.some((f) => f.type === 'email')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves a generated Luhn-valid card number in the text', () => {
    const cardNumber = fc
      .tuple(
        // Payment card numbers start with 2–6.
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 17 }),
      )
      .map(([first, rest]) => withLuhnCheckDigit([first, ...rest].join('')));
    fc.assert(
      fc.property(cardNumber, fc.constantFrom('', ' ', '-'), (digits, separator) => {
        const card = digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
        const result = redactPii(`I paid with ${card} yesterday`);
        expect(result.redacted).toBe('I paid with [card] yesterday');
      }),
      { numRuns: 300 },
    );
  });

  it('always returns sorted, non-overlapping findings whose placeholders rebuild the text', () => {
    const piece = fc.constantFrom(
      'call 0912 345 678',
      'a@b.co',
      '4111 1111 1111 1111',
      'CCCD 079203001234',
      '12 High St',
      ' ',
      ', ',
      'giá 25k',
      'order #123',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const { redacted, findings } = redactPii(text);
        let rebuilt = '';
        let cursor = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(cursor);
          expect(finding.end).toBeGreaterThan(finding.start);
          rebuilt += `${text.slice(cursor, finding.start)}[${finding.type}]`;
          cursor = finding.end;
        }
        expect(rebuilt + text.slice(cursor)).toBe(redacted);
      }),
    );
  });
});

function withLuhnCheckDigit(payload: string): string {
  for (let check = 0; check <= 9; check++) {
    if (passesLuhn(`${payload}${check}`)) return `${payload}${check}`;
  }
  throw new Error('unreachable: one check digit always satisfies Luhn');
}
