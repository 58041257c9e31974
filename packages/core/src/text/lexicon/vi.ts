// Vietnamese sentiment lexicon for customer and student feedback (retail, delivery, banking, airlines,
// education, hospitality), written for Touchpoint. Weights: about ±1 mild, ±2 clear, ±3 strong.
// Vietnamese words are several syllables, so entries are syllable phrases matched longest first
// ("không ai nghe máy" before "không"). Entries are written with diacritics; the analyzer also matches
// them folded (without diacritics) for text typed that way, except the single syllables listed in
// `ambiguousWhenFolded`, which then need a modifier next to them ("cham qua" = "chậm quá").

import type { LexiconSpec } from './compile';

const POSITIVE: ReadonlyArray<readonly [number, string]> = [
  [
    3,
    `tuyệt vời, xuất sắc, hoàn hảo, tuyệt hảo, tuyệt cú mèo, đỉnh, đỉnh cao, đỉnh của chóp, tuyệt đỉnh,
    tuyệt, hết sảy, hết ý, số một, mười điểm, năm sao, cảm ơn rất nhiều, cám ơn rất nhiều, tận tâm,
    tâm huyết, nhiệt huyết, truyền cảm hứng, không chê vào đâu được, không có gì để chê,
    chẳng có gì để chê, không có gì phải chê, ngoài mong đợi, vượt mong đợi, vượt kỳ vọng, yêu thích,
    đáng đồng tiền bát gạo, perfect, excellent, awesome, amazing, ủng hộ dài dài, sẽ quay lại,
    sẽ ủng hộ, sẽ mua lại, sẽ tiếp tục ủng hộ, rất đáng, xuất chúng`,
  ],
  [
    2,
    `tốt, hay, hài lòng, vui vẻ, vui, thân thiện, dễ hiểu, dễ tiếp thu, dễ nắm bắt, dễ học, dễ nghe,
    nhanh chóng, nhanh gọn, chuyên nghiệp, lịch sự, tận tình, nhiệt tình, chu đáo, đẹp, sạch sẽ, thoải mái,
    dễ chịu, hữu ích, bổ ích, thú vị, hấp dẫn, sinh động, gần gũi, dễ thương, đáng yêu, good, nice, great, like, love, ưng, ưng ý, hợp lý, hợp lí, rõ ràng, đầy đủ, kỹ lưỡng,
    kĩ lưỡng, cẩn thận, vui tính, hòa đồng, dễ gần, quan tâm, giúp đỡ, hiệu quả, mới mẻ, hiện đại,
    tiện lợi, đáng tiền, xứng đáng, đúng giờ, đúng hẹn, uy tín, nhanh nhẹn, niềm nở, ân cần, tươi cười,
    tốt bụng, thích, yêu, lôi cuốn, cuốn hút, súc tích, mạch lạc, tỉ mỉ, tận tụy, đam mê, uyên bác, giỏi,
    có tâm, tâm lý, tâm lí, phù hợp, công bằng, xịn, xịn xò, ngon, ngon lành, rộng rãi, thoáng mát,
    mát mẻ, yên tĩnh, chính xác, kịp thời, linh hoạt, sáng tạo, năng động, hài hước, dí dỏm, vui nhộn,
    hứng thú, thích thú, lý thú, lí thú, có ích, nắm vững, khen, hạnh phúc, may mắn, an tâm, yên tâm,
    dễ dàng, thuận tiện, thuận lợi, chăm chỉ, siêng năng, tích cực, hăng hái, gương mẫu, bài bản,
    chất lượng cao, giá rẻ, giá tốt, giá hợp lý, giao nhanh, giao hàng nhanh, đóng gói cẩn thận,
    đóng gói kỹ, đóng gói đẹp, hàng đẹp, hàng tốt, đúng mô tả, như hình, giống hình, chất lượng tốt,
    phục vụ tốt, lắng nghe, tôn trọng, nhẹ nhàng, ấm áp, chỉn chu, phong phú, đa dạng, sâu sắc,
    dễ áp dụng, thực tế, thực tiễn, ổn áp, ok lắm, vừa lòng, mãn nguyện, vui lòng khách,
    được việc, chuyên môn cao, có chuyên môn, nhiệt tình giúp đỡ, chịu khó, tin tưởng, tin cậy,
    đáng tin, ngon bổ rẻ, miễn phí, ý nghĩa, ưu đãi, nhiều ưu đãi, hoành tráng, sang trọng, đẳng cấp,
    ấm cúng, tiện nghi, đầy đủ tiện nghi, lãng mạn, yên bình, thoáng đãng, sạch đẹp, hiếu khách,
    mến khách, minh bạch, dễ sử dụng, dễ dùng, mượt, mượt mà, đáng giá, giá cả hợp lý, phải chăng,
    giá phải chăng, ủng hộ, tuyệt lắm, hài lòng về, rất ưng, đáng để, hết mình, tiện ích, thơm,
    hợp khẩu vị, nhanh nhạy, văn minh, lịch thiệp, tinh tế, hợp lý về giá, thân thiện với, đỉnh quá,
    bổ ích quá, hay ho, ấn tượng, thích hợp cho, hơn mong đợi, khuyên bạn nên, nên thử, đánh giá cao,
    rất nên, không chê, chẳng chê`,
  ],
  [
    1,
    `ổn, ok, oke, okela, okie, okay, được đấy, cũng được, nhanh, dễ, rẻ, kỹ, kĩ, chi tiết, cụ thể, rõ,
    giải đáp, đúng, chuẩn, an toàn, sạch, vừa phải, tiện, haha, hihi, hehe, kaka, thích hợp,
    vừa đủ, nắm được, tiếp thu được, học được nhiều, nhiều kiến thức, kiến thức rộng,
    ổn định, logic, hướng dẫn, trả lời, giải thích, được lắm, không sao, hiểu rõ, hiểu được, cần cù, chuyên cần,
    hiền, kiên trì, tận tụy, hiền lành, vui tươi`,
  ],
  [0.5, 'tạm ổn, tạm được, cũng ổn, tàm tạm, hỗ trợ, hiểu'],
  // Set phrases whose sentiment syllable says nothing about the experience ("quá trình" = process).
  [
    0,
    `quá trình, quá khứ, vui lòng, hay là, hay không, có hay không, thường hay, tốt nghiệp, cảm thấy,
    hơi thở, làm ơn, xin cảm ơn trước, hỏi thăm, không biết, muốn hỏi, cho hỏi, dù sao,
    không có ý kiến, không ý kiến, bình thường, không khí, không gian, không chỉ, không những, chuẩn bị,
    cần thiết, trở nên, cho nên, nên là, vì vậy nên, tài liệu hỗ trợ, thiết bị hỗ trợ, yêu cầu, nhu cầu,
    mong đợi, như mong đợi, nên tôi, nên mình, nên chúng tôi, nên chúng ta, nên em, nên anh, nên chị,
    nên họ, nên bạn, nên rất, nên cũng, nên đã, bạn cần, mình cần, tôi cần, ai cũng cần, thắc mắc,
    nguyên tắc, quy tắc`,
  ],
];

const NEGATIVE: ReadonlyArray<readonly [number, string]> = [
  [
    -3,
    `tồi tệ, tệ hại, kinh khủng, khủng khiếp, thảm họa, thảm hoạ, lừa đảo, vô trách nhiệm, ghê tởm,
    kinh tởm, tởm, tệ nhất, tồi nhất, dở nhất, chán nhất, tệ hết chỗ nói, không bao giờ quay lại,
    không bao giờ mua lại, không bao giờ dùng lại, sẽ không quay lại, sẽ không mua lại,
    sẽ không bao giờ, cạch mặt, một sao, thất vọng tràn trề, quá đáng, láo, mất dạy, vô học, khốn nạn,
    lừa bịp, hàng giả, hàng nhái, thô lỗ, vô văn hóa, vô văn hoá, tồi tàn, bức xúc, phẫn nộ, terrible,
    worst`,
  ],
  [
    -2,
    `tệ, tồi, kém, dở, chán, chậm, nhàm chán, khó hiểu, khó tiếp thu, thất vọng, bực, bực mình, bực bội,
    khó chịu, hỗn, vô lễ, cáu, cáu gắt, gắt gỏng, quát, quát tháo, mắng, coi thường, thiếu tôn trọng,
    hỏng, bẩn, dơ, hôi, hôi thối, cẩu thả, qua loa, sơ sài, hời hợt, nhàm, chán nản, mệt mỏi, quá tải,
    thiếu trách nhiệm, vô ích, vô dụng, lãng phí, phí thời gian, phí tiền, mất thời gian, vô lý, vô lí,
    bất hợp lý, bất hợp lí, lộn xộn, bừa bãi, ghét, giận, tức, tức giận, ức chế, bó tay, thảm hại,
    xuống cấp, lạc hậu, lỗi thời, kém chất lượng, chất lượng kém, ẩu, dở tệ, dở ẹc, buồn ngủ,
    gây buồn ngủ, tốn kém, đắt đỏ, chặt chém, chém giá, nói dối, dối trá, gian lận, lươn lẹo,
    phân biệt đối xử, thiên vị, bất công, thờ ơ, vô cảm, làm lơ, phớt lờ, lơ là, tắc trách, sai sót,
    nhầm lẫn, phiền phức, phiền hà, rắc rối, bất tiện, bất cập, huhu, hu hu, chán đời, đáng tiếc,
    tiếc tiền, không đáng, khó nghe, nói nhỏ, nói nhanh, giảng nhanh, dạy nhanh, đọc slide, đọc chép,
    nhồi nhét, khô khan, tiêu cực, thất hứa, sai hẹn, lỡ hẹn, trễ hẹn, bùng, hách dịch, cộc cằn,
    cọc cằn, khinh thường, xem thường, lạnh lùng, bad, sad, chậm chạp, chậm trễ, lề mề, kém cỏi,
    yếu kém, thiếu chuyên nghiệp, không chuyên nghiệp, làm việc tắc trách, xấu, xấu xí, nản, điên,
    điên tiết, nhạt, nhạt nhẽo, có vấn đề, gặp vấn đề, trục trặc, sự cố, mất tiền, phí cao, thu phí cao,
    tăng phí, ẩm mốc, mốc, ẩm thấp, bẩn thỉu, cũ nát, chật hẹp, không sạch, khinh người, khinh khỉnh,
    làm khó, gây khó dễ, hạch sách, vòi vĩnh, củ chuối, cùi bắp, chẳng ra gì, không ra gì, ra gì đâu,
    như cc, đm, đmm, dm, vãi cả, bực cả mình, tệ hại, đắt quá, quá đắt, giá cao, đắt đỏ, mùi hôi,
    hôi hám, gián, chuột, muỗi, kẹt xe, tắc đường, bị treo, mệt mỏi, mất công, mất thời gian, lằng nhằng, loằng ngoằng`,
  ],
  [
    -1,
    `khó, khó khăn, trễ, muộn, lâu, sai, lỗi, yếu, mệt, buồn, ồn, ồn ào, nóng, nóng bức, oi bức,
    chật, chật chội, cũ, cũ kỹ, cũ kĩ, hư, bể, vỡ, rách, hỏng hóc, mờ, rè, dài dòng, lan man, rườm rà,
    rối, rối rắm, phức tạp, nhiều lỗi, lag, giật, đơ, sập, bị, phàn nàn, khiếu nại, than phiền,
    trả hàng, đổi trả, hoàn tiền, hủy, huỷ, mất, áp lực, căng thẳng, stress, nặng, nặng nề, đắt, mắc quá,
    hic, hix, haizz, haiz, tiếc, dài, ít, thiếu sót, còn thiếu, bị thiếu, hẹp, chen chúc, không rõ, không hiểu, chưa hiểu, chưa rõ, còn hạn chế, hạn chế, chưa tốt,
    kém hiệu quả, không hiệu quả, đơn điệu, một chiều, khó liên lạc, khó học, nhỏ, thái độ, cho có, chiếu lệ, đối phó,
    vấn đề, mức trung bình, tạm bợ, đông đúc, phiền, ồn ã, chưa được tốt, chưa hài lòng, không như mong đợi,
    không như quảng cáo, không giống hình, khác hình, lâu quá`,
  ],
];

// "Room for improvement": a suggestion means something is not yet as the customer wants it.
const SUGGESTIONS: ReadonlyArray<readonly [number, string]> = [
  [
    -1.2,
    `nên, cần, cần phải, nên có, cần có, mong, mong muốn, kính mong, hy vọng, hi vọng, muốn, đề nghị,
    cải thiện, cải tiến, khắc phục, bổ sung, xem lại, coi lại, xem xét lại, chỉnh sửa, sửa lại, thay đổi,
    giá như, giá mà, ước gì, phải chi, nếu được, nếu có thể, nên chăng, đề xuất, góp ý`,
  ],
];

const COURTESY: readonly [number, string] = [
  2,
  'cảm ơn, cám ơn, cảm ơn bạn, cảm ơn shop, thanks, thank, thank you, tks, thks, thanks nhiều',
];

// Wishing the company or its people well ("chúc BIDV ngày càng phát triển"): goodwill, and a "mong" or
// "hy vọng" next to it is a wish, not a request for a change.
const GOODWILL: readonly [number, string] = [
  2,
  `chúc mừng, chúc, kính chúc, cung chúc, an khang, thịnh vượng, an khang thịnh vượng, phát tài, phát lộc,
  vạn sự như ý, vạn điều như ý, như ý, sức khỏe dồi dào, sức khoẻ dồi dào, dồi dào sức khỏe, dồi dào sức khoẻ,
  thành công, thành đạt, ngày càng phát triển, càng ngày càng phát triển, phát triển hơn nữa,
  ngày càng lớn mạnh, lớn mạnh, vững mạnh, ngày càng vững mạnh, phát triển mạnh, phồn thịnh, phát đạt,
  thuận buồm xuôi gió, suôn sẻ, mọi việc suôn sẻ, năm mới vui vẻ, chúc mừng năm mới, happy new year,
  bình an, tài lộc, ngày càng tốt hơn, ngày càng hoàn thiện, vươn xa, vươn xa hơn, gặt hái`,
];

// Concrete service failures that customers report without any opinion word.
const SERVICE_PROBLEMS: ReadonlyArray<readonly [number, string]> = [
  [
    -2.5,
    `vẫn chưa nhận được, chưa nhận được hàng, chưa nhận được, không nhận được, vẫn chưa, vẫn không,
    chờ mãi, đợi mãi, chờ hoài, đợi hoài, chờ mãi không thấy, đợi mãi không thấy, gọi mãi, gọi hoài,
    gọi mấy lần, gọi nhiều lần, gọi không ai nghe, không ai nghe, không ai nghe máy, không ai bắt máy,
    không ai trả lời, không ai phản hồi, không phản hồi, chưa phản hồi, không liên lạc được,
    không gọi được, không có ai, chờ lâu, đợi lâu, chờ đợi lâu, giao hàng chậm, giao hàng trễ,
    giao hàng lâu, giao trễ, giao chậm, giao nhầm, giao thiếu, giao sai, giao lâu, hàng lỗi, hàng hỏng,
    sai hàng, thiếu hàng, hàng chưa về, chưa thấy hàng, không thấy hàng, mất hàng, thất lạc,
    thất lạc hàng, bị trừ tiền, trừ tiền hai lần, chưa được hoàn tiền, chưa hoàn tiền, không hoàn tiền,
    treo máy, cúp máy, dập máy, đẩy qua đẩy lại, đùn đẩy, phải đi lại nhiều lần, đi lại nhiều lần,
    hẹn lần hẹn lượt, mãi không, mãi chưa, mãi mà không, hoài không, bị hoãn, hoãn chuyến,
    chuyến bay bị hoãn, bị hủy chuyến, hủy chuyến, thất lạc hành lý, mất hành lý, hành lý bị mất,
    móp méo, đóng gói cẩu thả, bị khóa tài khoản, lỗi giao dịch, giao dịch lỗi, không chuyển được,
    không rút được, không đăng nhập được, không thanh toán được, không dùng được, không sử dụng được,
    không hoạt động, bị lỗi, bị hỏng, bị hư, bị vỡ, bị rách, bị móp, bị chậm, bị trễ, bị hủy, bị huỷ,
    chưa giải quyết, không giải quyết, không ai giải quyết, không ai hỗ trợ, không được hỗ trợ,
    không ai quan tâm, delay, bị delay`,
  ],
  [
    -1.5,
    `phải chờ, phải đợi, bắt chờ, bắt đợi, chờ đợi, chờ, đợi, trừ tiền, chuyển máy, chuyển qua chuyển lại,
    mấy lần, nhiều lần, lần thứ, gọi lại, hỏi mãi, nhắn mãi, nhắn tin mãi, inbox mãi, không trả lời,
    không rep, không thấy, chưa thấy`,
  ],
];

export const VIETNAMESE_LEXICON: LexiconSpec = {
  sentiment: [...POSITIVE, ...NEGATIVE],
  serviceProblems: SERVICE_PROBLEMS,
  suggestions: SUGGESTIONS,
  courtesy: COURTESY,
  goodwill: GOODWILL,
  negators: `không, chẳng, chả, chưa, không hề, chẳng hề, chưa hề, chả hề, không bao giờ, chẳng bao giờ,
    chưa bao giờ, đâu có, ko, k, hok, hông, khg, hem, hổng, đếch, éo, chẳng có, không được, chưa được,
    thiếu, ít, chưa thực sự, chưa thật sự, không quá, hk, kg, kô, chăng`,
  intensifiers: [
    [1.8, 'both', 'cực kỳ, cực kì, vô cùng, hết sức'],
    [1.8, 'before', 'siêu, rất rất, quá là, quá xá'],
    [1.8, 'after', 'dã man, hết nấc'],
    [1.5, 'both', 'quá, thật, thật sự, cực, quá trời, qá, wá'],
    [1.5, 'before', 'rất, thực sự, rất là, thật là, hơi bị'],
    [1.5, 'after', 'lắm, ghê, thế, vãi, xỉu, lém, lun'],
    [1.2, 'before', 'càng, luôn, luôn luôn, lúc nào cũng, vẫn luôn'],
    [0.85, 'before', 'khá, khá là, tương đối, cũng, cũng khá'],
    [0.7, 'before', 'hơi, hơi hơi, có phần, có chút, chút, tí'],
    [0.7, 'both', 'một chút, một tí'],
    [0.7, 'after', 'chút xíu, tí xíu'],
  ],
  excessMarkers: 'quá, hơi, hơi hơi, có phần, qá, wá',
  contrastBut: 'nhưng, nhưng mà, tuy nhiên, có điều, chỉ có điều, chỉ tiếc, chỉ tiếc là, ngoại trừ, song',
  contrastAlthough: 'mặc dù, mặc dầu, tuy, tuy rằng, tuy là, dù, dù cho, dù rằng, dẫu, dẫu cho, dẫu rằng',
  clauseFinal: 'hay',
  ambiguousWhenFolded: `tệ, chán, kém, dở, đẹp, chậm, trễ, khó, dễ, lỗi, hỏng, tồi, ổn, yêu, yếu, giỏi, bẩn,
    đắt, rẻ, buồn, sạch, nóng, cáu, hư, ưng, tức, giận, hôi, dơ, bể, vỡ, cũ, mới, ồn, chật, lâu, muộn,
    xịn, đúng, rõ, kỹ, kĩ, tiện, cần, nên, chờ, đợi, chúc, xấu, nản, điên, nhạt, mốc, mượt, thơm, phiền, gián, chuột, muỗi, hỗn, láo, ẩu, tiếc, mất, mong, muốn, dài, khen, ít, nặng, mờ, bị, sai, nhỏ, hẹp, rè, giật, lag, đơ, sập, bùng, quát, mắng, tởm, mệt, chuẩn`,
};
