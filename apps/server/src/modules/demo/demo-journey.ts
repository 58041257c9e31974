import type { TChannel, TSurveyDefinition } from '@touchpoint/schemas';

/** The demo brand's retail journey: stage → touchpoints (owner team, channels). */
export const DEMO_JOURNEY: {
  name: string;
  description: string;
  stages: {
    name: string;
    touchpoints: { key: string; name: string; team: string; channels: TChannel[]; description: string }[];
  }[];
} = {
  name: 'Retail customer journey',
  description: 'From first hearing of Lotus Retail to coming back again, online and in store.',
  stages: [
    {
      name: 'Awareness',
      touchpoints: [
        {
          key: 'website',
          name: 'Website visit',
          team: 'Marketing',
          channels: ['web'],
          description: 'Landing pages, campaigns and product pages.',
        },
        {
          key: 'social',
          name: 'Social media',
          team: 'Marketing',
          channels: ['web', 'app'],
          description: 'Facebook, Zalo and TikTok posts and ads.',
        },
      ],
    },
    {
      name: 'Purchase',
      touchpoints: [
        {
          key: 'checkout',
          name: 'Online checkout',
          team: 'Product',
          channels: ['web', 'app'],
          description: 'Cart, payment and order confirmation.',
        },
        {
          key: 'store',
          name: 'In-store purchase',
          team: 'Sales',
          channels: ['store', 'qr'],
          description: 'Counter and POS in the 12 city stores.',
        },
      ],
    },
    {
      name: 'Delivery',
      touchpoints: [
        {
          key: 'delivery',
          name: 'Order delivery',
          team: 'Operations',
          channels: ['sms', 'email', 'link'],
          description: 'Courier hand-over, tracking messages.',
        },
      ],
    },
    {
      name: 'Support',
      touchpoints: [
        {
          key: 'chat',
          name: 'Live chat',
          team: 'Support',
          channels: ['chat', 'web'],
          description: 'Chat on the website and in the app.',
        },
        {
          key: 'hotline',
          name: 'Hotline',
          team: 'Support',
          channels: ['phone'],
          description: '1900 hotline, 8:00–22:00.',
        },
      ],
    },
    {
      name: 'Loyalty',
      touchpoints: [
        {
          key: 'loyalty',
          name: 'Loyalty programme',
          team: 'Marketing',
          channels: ['app', 'email'],
          description: 'Lotus Points, member offers and renewals.',
        },
      ],
    },
  ],
};

const thankYou = {
  id: 'thanks',
  title: { en: 'Thank you!', vi: 'Cảm ơn bạn!' },
  message: {
    en: 'Your feedback goes straight to the team that can act on it.',
    vi: 'Góp ý của bạn được chuyển ngay tới đội có thể hành động.',
  },
};

/** Demo surveys, each on a touchpoint of the journey above. */
export const DEMO_SURVEYS: { touchpoint: string; name: string; definition: TSurveyDefinition }[] = [
  {
    touchpoint: 'loyalty',
    name: 'Relationship NPS',
    definition: {
      defaultLanguage: 'en',
      languages: ['en', 'vi'],
      hiddenFields: ['segment'],
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          text: {
            en: 'How likely are you to recommend Lotus Retail to a friend?',
            vi: 'Bạn có sẵn lòng giới thiệu Lotus Retail cho bạn bè không?',
          },
        },
        {
          id: 'delivery_sat',
          type: 'csat',
          required: false,
          text: {
            en: 'How satisfied are you with our delivery?',
            vi: 'Bạn hài lòng thế nào với dịch vụ giao hàng?',
          },
        },
        {
          id: 'product_sat',
          type: 'csat',
          required: false,
          text: {
            en: 'How satisfied are you with our products?',
            vi: 'Bạn hài lòng thế nào với sản phẩm của chúng tôi?',
          },
        },
        {
          id: 'support_sat',
          type: 'csat',
          required: false,
          text: {
            en: 'How satisfied are you with our customer support?',
            vi: 'Bạn hài lòng thế nào với bộ phận chăm sóc khách hàng?',
          },
        },
        {
          id: 'improve',
          type: 'open_text',
          required: false,
          maxLength: 2000,
          multiline: true,
          text: {
            en: 'What is the one thing we should improve?',
            vi: 'Điều quan trọng nhất chúng tôi nên cải thiện là gì?',
          },
        },
        {
          id: 'love',
          type: 'open_text',
          required: false,
          maxLength: 2000,
          multiline: true,
          text: { en: 'What do you like most about us?', vi: 'Bạn thích điều gì nhất ở chúng tôi?' },
        },
      ],
      logic: [
        { after: 'support_sat', if: { field: 'nps', op: 'gte', value: 9 }, then: { goTo: 'love' } },
        { after: 'improve', if: { field: 'nps', op: 'lte', value: 8 }, then: { end: 'thanks' } },
      ],
      endings: [thankYou],
    },
  },
  {
    touchpoint: 'delivery',
    name: 'Delivery CSAT',
    definition: {
      defaultLanguage: 'vi',
      languages: ['vi', 'en'],
      hiddenFields: ['order_id'],
      questions: [
        {
          id: 'csat',
          type: 'csat',
          required: true,
          text: {
            vi: 'Bạn hài lòng thế nào với lần giao hàng này?',
            en: 'How satisfied are you with this delivery?',
          },
        },
        {
          id: 'issue',
          type: 'single_choice',
          required: true,
          text: { vi: 'Điều gì chưa tốt?', en: 'What went wrong?' },
          options: [
            { id: 'late', label: { vi: 'Giao trễ', en: 'Late delivery' } },
            { id: 'damaged', label: { vi: 'Hàng bị hư hỏng', en: 'Damaged item' } },
            { id: 'courier', label: { vi: 'Thái độ người giao hàng', en: "Courier's attitude" } },
            { id: 'wrong_item', label: { vi: 'Sai sản phẩm', en: 'Wrong item' } },
          ],
        },
        {
          id: 'comment',
          type: 'open_text',
          required: false,
          maxLength: 2000,
          multiline: true,
          text: { vi: 'Bạn muốn nói thêm điều gì không?', en: 'Anything else you would like to tell us?' },
        },
      ],
      logic: [{ after: 'csat', if: { field: 'csat', op: 'gte', value: 4 }, then: { goTo: 'comment' } }],
      endings: [thankYou],
    },
  },
  {
    touchpoint: 'chat',
    name: 'Post-support CES',
    definition: {
      defaultLanguage: 'en',
      languages: ['en', 'vi'],
      hiddenFields: ['agent'],
      questions: [
        {
          id: 'ces',
          type: 'ces',
          required: true,
          text: {
            en: 'Lotus Retail made it easy to handle my issue.',
            vi: 'Lotus Retail giúp tôi giải quyết vấn đề một cách dễ dàng.',
          },
        },
        {
          id: 'resolved',
          type: 'single_choice',
          required: true,
          text: { en: 'Was your issue resolved?', vi: 'Vấn đề của bạn đã được giải quyết chưa?' },
          options: [
            { id: 'yes', label: { en: 'Yes', vi: 'Rồi' } },
            { id: 'partly', label: { en: 'Partly', vi: 'Một phần' } },
            { id: 'no', label: { en: 'No', vi: 'Chưa' } },
          ],
        },
        {
          id: 'why',
          type: 'open_text',
          required: false,
          maxLength: 2000,
          multiline: true,
          text: { en: 'What made it hard?', vi: 'Điều gì khiến bạn thấy khó khăn?' },
        },
      ],
      logic: [{ after: 'resolved', if: { field: 'ces', op: 'gte', value: 5 }, then: { end: 'thanks' } }],
      endings: [thankYou],
    },
  },
  {
    touchpoint: 'checkout',
    name: 'Checkout experience',
    definition: {
      defaultLanguage: 'en',
      languages: ['en', 'vi'],
      hiddenFields: [],
      questions: [
        {
          id: 'ease',
          type: 'rating',
          required: true,
          min: 1,
          max: 5,
          text: { en: 'How easy was it to check out?', vi: 'Thanh toán có dễ dàng không?' },
          lowLabel: { en: 'Very hard', vi: 'Rất khó' },
          highLabel: { en: 'Very easy', vi: 'Rất dễ' },
        },
        {
          id: 'payment',
          type: 'multiple_choice',
          required: false,
          text: { en: 'How did you pay?', vi: 'Bạn đã thanh toán bằng cách nào?' },
          options: [
            { id: 'card', label: { en: 'Card', vi: 'Thẻ' } },
            { id: 'momo', label: { en: 'MoMo wallet', vi: 'Ví MoMo' } },
            { id: 'cod', label: { en: 'Cash on delivery', vi: 'Thanh toán khi nhận hàng' } },
            { id: 'bank', label: { en: 'Bank transfer', vi: 'Chuyển khoản' } },
          ],
          maxSelected: 2,
        },
        {
          id: 'comment',
          type: 'open_text',
          required: false,
          maxLength: 2000,
          multiline: true,
          text: {
            en: 'How could we make checkout better?',
            vi: 'Chúng tôi có thể cải thiện thanh toán thế nào?',
          },
        },
      ],
      logic: [],
      endings: [thankYou],
    },
  },
];

/** Real-sounding comments, in both languages, by sentiment. */
export const DEMO_COMMENTS = {
  detractor: {
    en: [
      'Delivery was late again and nobody told me why.',
      'Still waiting for my refund after two weeks.',
      'The app keeps logging me out at checkout.',
      'Prices went up but the quality did not.',
      'The hotline kept me on hold for 40 minutes.',
      'My refund has not arrived after three weeks. Call me on 0912 345 678.',
      'I called three times about a missing parcel and nobody called back.',
      'The courier was rude and left the box in the rain.',
      'Not happy at all, the item arrived damaged and the box was crushed.',
      'Checkout failed twice, I had to pay by cash in the end.',
      'Your support team never answers emails, write to me at an.nguyen@example.vn',
      'Too expensive for what you get, I will switch to another shop.',
    ],
    vi: [
      'Giao hàng trễ mà không ai báo trước.',
      'Vẫn chưa nhận được tiền hoàn sau hai tuần.',
      'Ứng dụng hay bị lỗi khi thanh toán.',
      'Nhân viên tổng đài trả lời chậm quá.',
      'Hàng nhận được bị móp hộp, rất thất vọng.',
      'Gọi tổng đài mấy lần không ai nghe máy.',
      'Chờ mãi không thấy hoàn tiền, rất bực mình.',
      'Shipper thái độ không tốt, giao sai địa chỉ.',
      'giao hang qua cham, cho hon mot tuan',
      'Giá tăng mà chất lượng không tăng, chắc tôi sẽ chuyển sang bên khác.',
      'Không hài lòng, sản phẩm bị hư hỏng khi nhận.',
    ],
  },
  passive: {
    en: [
      'Fine overall, delivery could be faster.',
      'Good products, the website is a bit slow.',
      'OK, but the loyalty points are confusing.',
      'Decent prices, but I never know how many loyalty points I have.',
      'It would be great if you added a pickup option near my office.',
      'The store is nice but the queue at the counter is long.',
    ],
    vi: [
      'Nhìn chung ổn, giao hàng nên nhanh hơn.',
      'Sản phẩm tốt nhưng web hơi chậm.',
      'Được, nhưng điểm thưởng hơi khó hiểu.',
      'Không biết dùng điểm thưởng thế nào, nên hướng dẫn rõ hơn.',
      'Mong có thêm nhiều mẫu mã hơn.',
      'Cửa hàng đẹp nhưng xếp hàng thanh toán hơi lâu.',
    ],
  },
  promoter: {
    en: [
      'Friendly staff and fast delivery, love it!',
      'Great quality and the app is easy to use.',
      'The store team helped me find exactly what I needed.',
      'Super fast delivery, arrived the next morning 😍',
      'The refund was quick and painless, thank you!',
      'Love the loyalty points, I got a voucher last month.',
    ],
    vi: [
      'Nhân viên thân thiện, giao hàng nhanh, rất thích!',
      'Chất lượng tốt, ứng dụng dễ dùng.',
      'Nhân viên cửa hàng rất nhiệt tình hỗ trợ.',
      'Giao hàng siêu nhanh, đóng gói cẩn thận 👍',
      'Hoàn tiền nhanh, rất hài lòng.',
      'nhan vien tu van nhiet tinh, se quay lai',
    ],
  },
} as const;

/**
 * Complaints that only start three weeks before the demo's "today" (a buggy app update), so the
 * emerging-themes view has something real to find.
 */
export const DEMO_EMERGING_COMMENTS = {
  en: [
    'Since the new app update the voucher code does not work.',
    'The new app update crashes when I apply a voucher code.',
    'Voucher code rejected at checkout after the app update.',
  ],
  vi: [
    'Từ khi cập nhật ứng dụng mới, mã giảm giá không dùng được.',
    'Bản cập nhật ứng dụng mới bị lỗi mã giảm giá khi thanh toán.',
    'Nhập mã giảm giá báo lỗi sau khi cập nhật ứng dụng.',
  ],
} as const;

/** The demo's topics: rules in both languages, and one (loyalty points) left for the classifier to learn. */
export const DEMO_TOPICS = [
  {
    name: 'Delivery',
    team: 'Operations',
    description: 'Speed, couriers and the state of parcels on arrival.',
    query:
      'delivery OR deliver* OR courier OR parcel OR shipper OR "giao hàng" OR "giao sai" OR "người giao"',
  },
  {
    name: 'Refunds',
    team: 'Support',
    description: 'Money back after returns and cancellations.',
    query: 'refund* OR "money back" OR "hoàn tiền" OR "tiền hoàn"',
  },
  {
    name: 'App and checkout',
    team: 'Product',
    description: 'The mobile app, the website and paying online.',
    query: 'app OR website OR checkout OR "logging me out" OR "ứng dụng" OR web OR "thanh toán"',
  },
  {
    name: 'Hotline and support',
    team: 'Support',
    description: 'Reaching us by phone or email, waiting times.',
    query: 'hotline OR "on hold" OR support OR "called back" OR "tổng đài" OR "nghe máy"',
  },
  {
    name: 'Price and quality',
    team: 'Sales',
    description: 'Value for money.',
    query: 'price* OR expensive OR quality OR "giá tăng" OR "chất lượng"',
  },
  {
    name: 'Damaged items',
    team: 'Operations',
    description: 'Broken products, crushed boxes.',
    query: 'damaged OR crushed OR "móp" OR "hư hỏng"',
  },
  {
    name: 'Loyalty points',
    team: 'Marketing',
    description: 'The points programme. No rule yet: tag comments and retrain to teach the classifier.',
    query: null,
  },
] as const;
