// The demo workspace's help center: bilingual articles the bot answers from (and the help center page
// shows), one draft, and three intents with their example questions.
import type { AppContext } from '../../platform/context';
import { systemPrincipal } from '../../platform/http/principal';
import { createIntent } from '../bot/bot.service';
import { createArticle } from '../knowledge/knowledge.service';

interface DemoArticle {
  title: { en: string; vi: string };
  body: { en: string; vi: string };
  questions: string[];
  tags: string[];
  status?: 'draft';
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: { en: 'Refunds', vi: 'Hoàn tiền' },
    body: {
      en: 'Once we receive a returned item, the refund reaches your card or wallet within 5 working days. Bank transfers can take 2 more days. You get an email as soon as we send it.',
      vi: 'Sau khi chúng tôi nhận lại hàng trả, tiền hoàn về thẻ hoặc ví của bạn trong vòng 5 ngày làm việc. Chuyển khoản ngân hàng có thể mất thêm 2 ngày. Bạn sẽ nhận được email ngay khi chúng tôi chuyển tiền.',
    },
    questions: [
      'how long does a refund take',
      'when will I get my money back',
      'bao lâu thì được hoàn tiền',
      'khi nào tôi nhận lại tiền',
    ],
    tags: ['billing', 'returns'],
  },
  {
    title: { en: 'Returning an item', vi: 'Đổi trả hàng' },
    body: {
      en: 'You can return any item within 30 days of delivery. Start a return from "My orders", print the label and drop the parcel at any post office. Returns are free.',
      vi: 'Bạn có thể trả bất kỳ sản phẩm nào trong vòng 30 ngày kể từ khi nhận hàng. Vào "Đơn hàng của tôi" để tạo yêu cầu trả hàng, in nhãn và gửi bưu kiện tại bưu cục bất kỳ. Trả hàng miễn phí.',
    },
    questions: [
      'how do I return an item',
      'can I send it back',
      'làm sao để trả hàng',
      'tôi muốn đổi trả sản phẩm',
    ],
    tags: ['returns'],
  },
  {
    title: { en: 'Delivery times', vi: 'Thời gian giao hàng' },
    body: {
      en: 'Orders arrive within 1–2 working days in Hanoi and Ho Chi Minh City, and 3–5 working days elsewhere. You get a tracking link by email and SMS when the parcel leaves our warehouse.',
      vi: 'Đơn hàng được giao trong 1–2 ngày làm việc tại Hà Nội và TP. Hồ Chí Minh, 3–5 ngày làm việc ở các tỉnh khác. Bạn nhận được đường dẫn theo dõi qua email và SMS khi kiện hàng rời kho.',
    },
    questions: [
      'when will my order arrive',
      'how long does delivery take',
      'bao lâu thì nhận được hàng',
      'giao hàng mất mấy ngày',
    ],
    tags: ['delivery'],
  },
  {
    title: { en: 'Changing the delivery address', vi: 'Thay đổi địa chỉ giao hàng' },
    body: {
      en: 'You can change the address until the order is packed: open the order in "My orders" and choose "Change address". After it ships, ask the courier through the tracking link.',
      vi: 'Bạn có thể đổi địa chỉ cho đến khi đơn hàng được đóng gói: mở đơn trong "Đơn hàng của tôi" và chọn "Đổi địa chỉ". Sau khi hàng đã gửi đi, hãy liên hệ đơn vị vận chuyển qua đường dẫn theo dõi.',
    },
    questions: [
      'can I change my address',
      'I moved, how do I update the delivery address',
      'đổi địa chỉ nhận hàng',
      'tôi muốn thay đổi địa chỉ giao hàng',
    ],
    tags: ['delivery', 'account'],
  },
  {
    title: { en: 'Resetting your password', vi: 'Đặt lại mật khẩu' },
    body: {
      en: 'Choose "Forgot password" on the sign-in page and enter your email. The link we send is valid for one hour. Check your spam folder if it does not arrive.',
      vi: 'Chọn "Quên mật khẩu" ở trang đăng nhập và nhập email của bạn. Đường dẫn chúng tôi gửi có hiệu lực trong một giờ. Hãy kiểm tra thư mục thư rác nếu không thấy email.',
    },
    questions: [
      'I forgot my password',
      'how do I reset my password',
      'quên mật khẩu',
      'không đăng nhập được',
    ],
    tags: ['account'],
  },
  {
    title: { en: 'Opening hours', vi: 'Giờ mở cửa' },
    body: {
      en: 'Our stores are open 9:00–21:00 every day, public holidays included. Customer service answers chat and phone 8:00–22:00.',
      vi: 'Cửa hàng mở cửa 9:00–21:00 tất cả các ngày, kể cả ngày lễ. Bộ phận chăm sóc khách hàng trả lời chat và điện thoại từ 8:00 đến 22:00.',
    },
    questions: [
      'what are your opening hours',
      'when is the store open',
      'mấy giờ cửa hàng mở cửa',
      'giờ làm việc',
    ],
    tags: ['stores'],
  },
  {
    title: { en: 'Warranty', vi: 'Bảo hành' },
    body: {
      en: 'Electronics come with a 12-month warranty and furniture with 24 months. Bring the item and your receipt to any store, or start a claim online under "My orders".',
      vi: 'Đồ điện tử được bảo hành 12 tháng, đồ nội thất 24 tháng. Mang sản phẩm và hóa đơn đến cửa hàng bất kỳ, hoặc tạo yêu cầu bảo hành trực tuyến trong "Đơn hàng của tôi".',
    },
    questions: [
      'how long is the warranty',
      'my product broke, is it covered',
      'bảo hành bao lâu',
      'sản phẩm bị hỏng có được bảo hành không',
    ],
    tags: ['warranty'],
  },
  {
    title: { en: 'Payment methods', vi: 'Phương thức thanh toán' },
    body: {
      en: 'We accept Visa, Mastercard, JCB, domestic ATM cards, MoMo, ZaloPay and cash on delivery. Instalments are available on orders over 3,000,000 VND.',
      vi: 'Chúng tôi nhận Visa, Mastercard, JCB, thẻ ATM nội địa, MoMo, ZaloPay và thanh toán khi nhận hàng. Trả góp áp dụng cho đơn hàng trên 3.000.000 đồng.',
    },
    questions: [
      'which payment methods do you accept',
      'can I pay cash on delivery',
      'thanh toán bằng cách nào',
      'có trả góp không',
    ],
    tags: ['billing'],
  },
  {
    title: { en: 'Cancelling an order', vi: 'Hủy đơn hàng' },
    body: {
      en: 'You can cancel an order free of charge until it ships: open it in "My orders" and choose "Cancel order". Paid orders are refunded within 5 working days.',
      vi: 'Bạn có thể hủy đơn miễn phí cho đến khi hàng được gửi đi: mở đơn trong "Đơn hàng của tôi" và chọn "Hủy đơn". Đơn đã thanh toán được hoàn tiền trong vòng 5 ngày làm việc.',
    },
    questions: ['how do I cancel my order', 'cancel an order', 'làm sao để hủy đơn hàng', 'tôi muốn hủy đơn'],
    tags: ['orders'],
  },
  {
    title: { en: 'Tracking your order', vi: 'Theo dõi đơn hàng' },
    body: {
      en: 'Open "My orders" and choose the order to see where it is. The tracking link in your shipping email shows the courier\'s latest scan.',
      vi: 'Mở "Đơn hàng của tôi" và chọn đơn để xem đơn đang ở đâu. Đường dẫn theo dõi trong email giao hàng cho biết lần quét mới nhất của đơn vị vận chuyển.',
    },
    questions: [
      'where is my order',
      'track my parcel',
      'đơn hàng của tôi đang ở đâu',
      'kiểm tra tình trạng đơn hàng',
    ],
    tags: ['orders', 'delivery'],
  },
  {
    title: { en: 'Loyalty points', vi: 'Điểm thành viên' },
    body: {
      en: 'Every 10,000 VND spent earns one point; 100 points take 50,000 VND off your next order. Points expire after 12 months without a purchase.',
      vi: 'Mỗi 10.000 đồng chi tiêu được tích một điểm; 100 điểm giảm 50.000 đồng cho đơn hàng tiếp theo. Điểm hết hạn sau 12 tháng không mua hàng.',
    },
    questions: [
      'how do loyalty points work',
      'do my points expire',
      'tích điểm thế nào',
      'điểm thành viên có hết hạn không',
    ],
    tags: ['loyalty'],
  },
  {
    title: { en: 'Invoices (VAT)', vi: 'Hóa đơn VAT' },
    body: {
      en: 'Ask for a VAT invoice at checkout by entering your company name and tax code. Electronic invoices are emailed within 24 hours of delivery.',
      vi: 'Yêu cầu hóa đơn VAT khi thanh toán bằng cách nhập tên công ty và mã số thuế. Hóa đơn điện tử được gửi qua email trong vòng 24 giờ sau khi giao hàng.',
    },
    questions: [
      'can I get a VAT invoice',
      'I need an invoice for my company',
      'xuất hóa đơn VAT',
      'lấy hóa đơn đỏ',
    ],
    tags: ['billing'],
  },
  {
    title: { en: 'Gift wrapping (coming soon)', vi: 'Gói quà (sắp ra mắt)' },
    body: {
      en: 'Gift wrapping will be available at checkout from next month.',
      vi: 'Dịch vụ gói quà sẽ có khi thanh toán từ tháng sau.',
    },
    questions: ['do you gift wrap', 'có gói quà không'],
    tags: ['orders'],
    status: 'draft',
  },
];

export const DEMO_INTENTS = [
  {
    name: 'greeting',
    examples: ['hi', 'hello', 'good morning', 'xin chào', 'chào shop', 'alo'],
    reply: {
      en: 'Hello! Ask me about orders, delivery, returns or your account.',
      vi: 'Xin chào! Bạn có thể hỏi mình về đơn hàng, giao hàng, đổi trả hay tài khoản nhé.',
    },
  },
  {
    name: 'thanks',
    examples: ['thanks', 'thank you', 'that helped', 'cảm ơn', 'cảm ơn shop nhiều', 'ok cảm ơn bạn'],
    reply: { en: 'You are welcome! Anything else?', vi: 'Không có gì ạ! Bạn cần hỏi thêm gì không?' },
  },
  {
    name: 'store_locations',
    examples: [
      'where are your stores',
      'is there a store near me',
      'store address',
      'cửa hàng ở đâu',
      'địa chỉ cửa hàng',
      'có chi nhánh ở Đà Nẵng không',
    ],
    reply: {
      en: 'We have stores in Hanoi, Da Nang and Ho Chi Minh City; see the full list with maps on our website.',
      vi: 'Chúng tôi có cửa hàng tại Hà Nội, Đà Nẵng và TP. Hồ Chí Minh; xem danh sách kèm bản đồ trên trang web.',
    },
  },
];

/** Adds the demo help center (articles and intents) to the demo workspace. */
export async function seedDemoKnowledge(ctx: AppContext, workspaceId: string): Promise<void> {
  const principal = systemPrincipal(workspaceId);
  for (const article of DEMO_ARTICLES) {
    await createArticle(ctx, principal, {
      title: article.title,
      body: article.body,
      questions: article.questions,
      tags: article.tags,
      status: article.status ?? 'published',
    });
  }
  for (const intent of DEMO_INTENTS) await createIntent(ctx, principal, intent);
}
