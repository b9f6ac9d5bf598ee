// Text from mail and files shown beside other text: a display name holding U+202E (RIGHT-TO-LEFT OVERRIDE) would
// reverse whatever follows it on the line, e.g. the address that identifies the sender. Isolating the name (as
// <bdi> or `unicode-bidi: isolate` do, Unicode Bidirectional Algorithm UAX #9 section 2.7) keeps its direction
// to itself. In plain text (a message with a name filled in, a tooltip) the isolate is FSI … PDI.

/** Characters that can change the direction of the text around them: bidi controls and right-to-left scripts. */
const BIDI_ACTIVE =
  /[\p{Bidi_Control}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it could reorder its neighbours. */
export function isolateBidi(text: string): string {
  return BIDI_ACTIVE.test(text) ? `\u2068${text}\u2069` : text;
}
