// Emoji and emoticons carry sentiment in every language, so one table serves all of them. Weights use the
// same scale as the word lexicons (about ±1 mild, ±2 clear, ±3 strong). Meanings follow the Unicode names
// and common usage; ambiguous ones (😂 is used for both joy and ridicule, 🙏 for thanks and pleading) are
// kept mild.

const EMOJI_WEIGHTS: ReadonlyArray<readonly [number, string]> = [
  [3, '😍 🥰 😻 ❤ 💖 💗 💓 💞 💕 💘 💝 😘 🤩 🥳 🏆 💯'],
  [2, '😀 😃 😄 😁 😊 ☺ 🙂 😇 😋 😎 🤗 👍 👌 👏 🙌 💪 🎉 🎊 ✨ 🌟 ⭐ 💙 💚 💛 💜 🧡 🤍 🖤 🥂 🍾 ✅ 😆 😺 😸'],
  [1, '😉 😌 🙏 😅 😂 🤣 😜 😝 😛 ☀ 🌞 🌈 🌴 🤞 💐 🌹 🎈 🎁 🥇 🆒 ✌'],
  [-1, '😐 😑 😶 🙄 😕 😟 😬 😳 🤔 😒 🥱 😪 😴 🤷 ⏳ ⌛ 🐌'],
  [-2, '😞 😔 🙁 ☹ 😣 😖 😫 😩 😢 😥 😓 😰 😨 😧 😦 😮‍💨 👎 💔 😿 🤦 🚫 ❌ ⛔ 🆘 🤢 🤮 🥺'],
  [-3, '😡 😠 🤬 😤 😭 😱 💩 🖕 👿 💢 ☠ 💀'],
];

// Emoticons as the tokenizer returns them (case kept: ":D" is a grin, ":d" is rarely written).
// Repeated final characters (":)))", "<333") are reduced before the lookup and count as emphasis.
const EMOTICON_WEIGHTS: ReadonlyArray<readonly [number, string]> = [
  [2.5, '<3 :D :-D =D xD XD 8D'],
  [2, ':) :-) =) :] :-] (: (-: ;) ;-) ;D :P :p :-P :-p ;P ;p :3 =] 8-)'],
  [-1.5, ':/ :-/ :\\ :-\\ =/ :| :-| </3'],
  [-2, ":( :-( =( :[ :-[ ): )-: ;( :'( :@"],
];

function toMap(table: ReadonlyArray<readonly [number, string]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [weight, list] of table) {
    for (const symbol of list.split(' ')) {
      if (symbol) map.set(symbol, weight);
    }
  }
  return map;
}

const EMOJI = toMap(EMOJI_WEIGHTS);
const EMOTICONS = toMap(EMOTICON_WEIGHTS);

const REPEATED_TAIL = /(.)\1+$/u;
const EMOJI_MODIFIERS = /[\ufe0f\u{1f3fb}-\u{1f3ff}]/gu;
const EMPHASIS = 1.25;

/** The sentiment weight of an emoticon token, or `undefined` when it carries none. */
export function emoticonWeight(token: string): number | undefined {
  const exact = EMOTICONS.get(token);
  if (exact !== undefined) return exact;
  const reduced = EMOTICONS.get(token.replace(REPEATED_TAIL, '$1'));
  return reduced === undefined ? undefined : reduced * EMPHASIS;
}

/** The sentiment weight of an emoji token (a ZWJ sequence counts as its first emoji when unknown). */
export function emojiWeight(token: string): number | undefined {
  // Variation selectors and skin tones do not change the meaning.
  const base = token.replace(EMOJI_MODIFIERS, '');
  const exact = EMOJI.get(base);
  if (exact !== undefined) return exact;
  const first = base.codePointAt(0);
  return first === undefined ? undefined : EMOJI.get(String.fromCodePoint(first));
}
