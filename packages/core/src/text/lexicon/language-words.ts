// Very common words per language, folded (lower case, no diacritics), for telling English from
// Vietnamese typed without diacritics and from other Latin-script languages. Vietnamese syllables that
// are also frequent English words ("to", "me", "the", "can", "no", "on") are left out of the Vietnamese
// list, so they never count as Vietnamese evidence.

import { splitList } from './phrase-index';

export const ENGLISH_WORDS = new Set(
  splitList(`the, a, an, and, or, but, is, are, was, were, be, been, being, am, i, i'm, im, i've, i'll, i'd,
  you, your, you're, yours, he, she, it, it's, its, we, we're, they, they're, them, their, our, my, me, us,
  this, that, these, those, there, here, what, what's, when, where, why, how, who, which, with, without,
  for, from, of, in, on, at, by, to, into, about, after, before, not, no, yes, do, does, did, don't,
  didn't, doesn't, can, can't, could, would, should, will, won't, have, has, had, haven't, just, get, got,
  so, very, really, all, any, some, more, most, than, then, now, still, again, please, thanks, thank, if,
  because, only, also, out, up, over, back, going, want, need, like, know, one, two, three, time, today,
  tomorrow, yesterday, hour, hours, day, days, flight, flights, service, customer, order, app, account,
  help, great, good, bad, slow, late, never, ever, always, been, being, too, much, many, way, make, made,
  call, called, said, say, tell, told, let, lets, see, seen, go, went, gone, come, came, take, took, give,
  gave, new, same, other, another, every, again, still, yet, even, well, much, ok, okay, guys, people,
  someone, anyone, nobody, something, anything, nothing, problem, issue, waiting, wait, staff, seat, bag,
  luggage, refund, money, card, bank, delivery, package, room, hotel, class, teacher, course, work,
  working, works, phone, email, website, online, experience, trip, plane, airport, gate, crew, love, hate,
  nice, awesome, terrible, worst, best, amazing`),
);

export const VIETNAMESE_SYLLABLES = new Set(
  splitList(`khong, ko, la, cua, va, cac, nhung, duoc, dc, nay, nhieu, mot, nguoi, toi, minh, ban, em, anh,
  chi, thi, voi, roi, chua, dang, se, da, nen, vi, hay, lam, gi, sao, nao, day, cho, cung, rat, qua, ma,
  den, tu, trong, ngoai, len, xuong, ra, vao, di, ve, lai, nua, hon, nhat, thay, biet, hieu, muon, can,
  phai, bi, moi, het, van, luc, khi, nhu, neu, thoi, oi, nhe, nha, nhi, hang, giao, don, tien, shop, gio,
  ngay, thang, nam, lan, cham, nhanh, tot, xau, dep, hai, ba, bon, sau, bay, tam, chin, muoi, tram, nghin,
  trieu, giang, vien, hoc, sinh, mon, bai, lop, truong, kien, thuc, nhiet, tinh, kho, de, nhan, hoi, tra,
  loi, goi, nghe, may, cho, doi, mai, nhieu, it, hoai, mua, ban, gia, re, dat, hai, long, vui, buon, chan,
  cam, on, xin, vang, da, dung, sai, luon, ngay, bao, gio, khach, san, phong, dich, vu, nhan, vien, thai,
  do, phuc, vu, chat, luong, san, pham, tai, khoan, the, ngan, chuyen, bay, hanh, ly, tre, hoan, huy`).filter(
    (syllable) => !ENGLISH_WORDS.has(syllable),
  ),
);

/** Function words of other Latin-script languages customers often write in (es, fr, de, pt, it, id). */
export const OTHER_LANGUAGE_WORDS = new Set(
  splitList(`el, los, las, del, que, por, para, una, uno, muy, pero, esta, estoy, donde, gracias, hola, pedido,
  es, les, des, est, et, je, vous, nous, pas, une, avec, pour, dans, merci, bonjour, tres, mais, der, das,
  und, ist, nicht, ich, sie, wir, ein, eine, mit, danke, sehr, aber, auf, voce, obrigado, obrigada, muito,
  uma, pelo, nao, della, sono, grazie, molto, perche, yang, tidak, saya, untuk, dengan, ini, itu, terima,
  kasih, sudah, belum`).filter((word) => !VIETNAMESE_SYLLABLES.has(word) && !ENGLISH_WORDS.has(word)),
);
