// Phrases behind the effort, actionability and urgency signals, written for Touchpoint from the language
// of customer complaints (retail, delivery, banking, airlines, education, hospitality). `#` stands for
// any number ("called 3 times"). Vietnamese single syllables are only matched with diacritics, since
// folded they collide with common words ("kiện" / "kiến", "hủy" / the name Huy).

export type SignalKind =
  | 'effort'
  | 'suggestion'
  | 'contact'
  | 'problem'
  | 'question'
  | 'churn_threat'
  | 'safety'
  | 'legal';

export type SignalPhrases = Record<SignalKind, string> & {
  /** Whole answers that say nothing ("n/a", "không có"), folded and space-separated. */
  notMeaningful: string;
};

export const ENGLISH_SIGNALS: SignalPhrases = {
  effort: `called # times, called three times, called twice, called multiple times, called several times,
    called again, called back # times, # calls, several calls, multiple calls, numerous calls, countless calls,
    had to call, had to call back, kept calling, keep calling, had to chase, chase, chasing, chased,
    still waiting, been waiting, waiting for # days, waiting for # weeks, waiting for # hours, waited # hours,
    waited # days, on hold, put on hold, hold for, transferred, transferred again, transferred # times,
    passed around, passed from, bounced around, runaround, the run around, run around, repeat myself,
    repeating myself, had to repeat, had to explain, explain again, explained # times, explained again,
    multiple emails, several emails, emailed # times, emailed again, third time, # rd time, # nd time,
    # th time, again and again, over and over, followed up, follow up again, asked # times, kept asking,
    keep asking, had to go back, went back # times, # trips, several visits, multiple visits, had to drive,
    took hours, took # hours, took days, took # days, took forever, hours on the phone, on the phone for,
    can't get through, cannot get through, couldn't get through, no one answers, nobody answers,
    hung up on, disconnected, still no, still not, still haven't, still hasn't`,
  suggestion: `it would be great if, would be great if, would be nice if, would be nice to, would be great to,
    it would help, would help if, please add, please bring back, please consider, you should, you guys should,
    should add, should offer, should have, should be able, suggest, suggestion, i wish, wish you, wish there,
    how about, why not, consider adding, could you add, can you add, add an option, option to,
    would love to see, would like to see, it'd be nice, it'd be great, feature request, could be improved,
    needs to be improved, room for improvement, would be better if, better if, recommend adding`,
  contact: `call me, call me back, contact me, email me, dm me, message me, get back to me, please respond,
    please reply, reply to me, respond to me, respond to my, answer my, speak to someone, speak to a,
    talk to someone, talk to a, someone call me, someone contact me, reach out to me, follow up with me,
    please help, help me, help us, need help, need assistance, can someone, can anyone, someone please,
    please advise, please fix, please look into, look into this, let me know, tell me, any update,
    any updates, what should i do, what do i do, what can you do`,
  problem: `refund, refunded, charged, charged twice, double charged, overcharged, missing, lost, broken,
    damaged, wrong item, wrong order, wrong size, not received, never received, never arrived,
    hasn't arrived, has not arrived, didn't arrive, did not arrive, not delivered, not working,
    doesn't work, does not work, isn't working, can't log in, cannot log in, can't login, locked out,
    cancelled, canceled, delayed, where is my, where's my, still waiting, still no, error, declined,
    stuck, stranded, missed, lost my, no response, no reply, haven't heard, complaint, claim, dispute,
    fraud, unauthorized, not fixed, still broken`,
  question: `what, when, where, why, how, who, which, can you, could you, would you, will you, is there,
    are there, is it, is my, are you, do you, does, did you, should i, can i, could i, may i, any way,
    anyone know`,
  churn_threat: `cancel my account, cancel my subscription, cancel my membership, cancel my card,
    cancel my plan, cancel my policy, close my account, closing my account, cancelling my, canceling my,
    switching to, switch to, switched to, moving to, move my business, take my business elsewhere,
    taking my business, my business elsewhere, never again, never fly, never flying, never use, never using,
    never shop, never order, never buy, never book, never stay, last time i, last time flying, lost a customer,
    lost my business, you lost me, i'm done, im done, done with you, won't be back, will not be back,
    won't be using, will not be using, won't fly, will not fly, not coming back, unsubscribe, look elsewhere,
    find another, other airline, another airline, another bank, another company, your competitor,
    going elsewhere, goodbye`,
  safety: `fire, on fire, caught fire, smoke, injured, injury, injuries, hurt myself, got hurt,
    was hurt, bleeding, food poisoning, poisoned, poisoning, allergic reaction, anaphylaxis, unsafe,
    dangerous, hazard, hazardous, an accident, car accident, medical emergency, ambulance, hospital, hospitalized, i fell, fell down,
    slipped, broken glass, gas leak, electric shock, electrocuted, sparks, exploded, explosion, overheating,
    burned, burnt, burn, choking, choked, mold, mould, got sick, made me sick, made us sick, threatened,
    assault, assaulted, harassed, harassment, carbon monoxide, plane crash, car crash, unsafe landing,
    emergency landing`,
  legal: `lawyer, lawyers, attorney, attorneys, sue you, sue them, sue the, going to sue, will sue, gonna sue,
    i'll sue, suing, lawsuit, legal action, take legal, in court, to court, court case, small claims, report you to, reporting you to,
    reported you to, file a complaint with, filing a complaint with, consumer protection, bbb,
    better business bureau, ftc, cfpb, ombudsman, regulator, attorney general, class action, chargeback`,
  notMeaningful: `n a, na, none, nothing, no, nope, nah, ok, okay, k, kk, fine, no comment, no comments,
    nothing to add, nothing else, nothing more, idk, not applicable, nil, null, yes, no thanks, nothing really,
    nothing to say, no feedback, no opinion, test, testing, asdf, ok thanks, none thanks`,
};

export const VIETNAMESE_SIGNALS: SignalPhrases = {
  effort: `gọi nhiều lần, gọi mấy lần, gọi # lần, gọi mãi, gọi hoài, gọi lại nhiều lần, gọi đi gọi lại,
    phải đi lại, đi lại nhiều lần, đi lại # lần, phải gọi, phải gọi lại, phải chờ, chờ mãi, đợi mãi, chờ hoài,
    đợi hoài, chờ lâu, đợi lâu, nhắn tin nhiều lần, nhắn mãi, nhắn tin mãi, inbox nhiều lần, inbox mãi,
    hỏi nhiều lần, hỏi mãi, chuyển máy, chuyển qua chuyển lại, đẩy qua đẩy lại, đùn đẩy,
    phải giải thích lại, phải trình bày lại, trình bày lại, lần thứ, mấy lần, nhiều lần, # lần,
    hẹn lần hẹn lượt, vẫn chưa, chờ cả tiếng, đợi cả tiếng, mất cả ngày, mất cả buổi, phải ra tận,
    phải lên tận, phải đến tận, phải nhắc, nhắc nhiều lần, khiếu nại nhiều lần, liên hệ nhiều lần,
    chờ # tiếng, đợi # tiếng, chờ # ngày, đợi # ngày`,
  suggestion: `nên có, nên, cần có, cần, mong, mong muốn, hy vọng, hi vọng, đề nghị, đề xuất, góp ý, giá như,
    giá mà, ước gì, nếu có thể, bổ sung, cải thiện, cải tiến, nên thêm, cần thêm, thêm tính năng,
    nên cho, cần cho, nên tăng, nên giảm`,
  contact: `liên hệ, liên hệ lại, liên hệ với tôi, liên hệ với em, gọi lại cho, gọi cho tôi, gọi cho em,
    gọi lại giúp, phản hồi giúp, phản hồi lại, trả lời giúp, hỗ trợ giúp, giúp tôi, giúp em, giúp mình,
    xin liên hệ, inbox, nhắn tin cho, check giúp, kiểm tra giúp, xử lý giúp, giải quyết giúp, tư vấn giúp,
    báo lại, cho tôi biết, cho em biết, cho mình biết`,
  problem: `chưa nhận được, không nhận được, hoàn tiền, trừ tiền, bị lỗi, không đăng nhập được, giao nhầm,
    giao thiếu, thất lạc, hàng lỗi, hàng hỏng, bị hủy, bị huỷ, bị hoãn, vẫn chưa, khóa tài khoản,
    không chuyển được, không rút được, không thanh toán được, không hoạt động, bị mất, bị hỏng, sai hàng,
    thiếu hàng, chưa giải quyết, không giải quyết, khiếu nại, mất tiền`,
  question: `khi nào, bao giờ, bao lâu, ở đâu, tại sao, vì sao, như thế nào, thế nào, làm sao, làm thế nào,
    được không, có được không, không ạ, chưa ạ, phải không, đúng không, có không, không vậy, hả`,
  churn_threat: `chuyển sang, chuyển qua bên, hủy tài khoản, huỷ tài khoản, hủy dịch vụ, huỷ dịch vụ, hủy gói,
    huỷ gói, hủy thẻ, huỷ thẻ, đóng tài khoản, không bao giờ quay lại, không bao giờ mua, không quay lại,
    không mua nữa, không dùng nữa, không đặt nữa, bỏ dùng, nghỉ dùng, cạch mặt, tạm biệt, lần cuối,
    không bao giờ dùng, sẽ không quay lại, hủy, huỷ, dùng bên khác, mua bên khác, sang bên khác`,
  safety: `cháy, hỏa hoạn, hoả hoạn, bốc khói, khói, bị thương, chấn thương, ngộ độc, ngộ độc thực phẩm,
    dị ứng, nguy hiểm, tai nạn, cấp cứu, bệnh viện, nhập viện, điện giật, bị giật điện, bị bỏng, bỏng, phát nổ,
    cháy nổ, rò rỉ gas, rò rỉ khí, chảy máu, té ngã, bị ngã, quấy rối, hành hung, đánh người, đe dọa, đe doạ,
    mất an toàn, không an toàn, đau bụng, tiêu chảy, nôn ói`,
  legal: `kiện, khởi kiện, kiện ra tòa, kiện ra toà, tòa án, toà án, luật sư, pháp luật, báo công an, công an,
    tố cáo, bảo vệ người tiêu dùng, hội bảo vệ người tiêu dùng, cơ quan chức năng, thanh tra, kiện cáo`,
  notMeaningful: `khong, khong co, ko, k, kh, khong co gi, ko co, ko co gi, khong y kien, khong co y kien,
    chua co, chua, chua co y kien, ok, oke, okie, het, khong biet, ko biet, khong can, ko can, nothing,
    khong co gop y, khong gop y, ko gop y`,
};
