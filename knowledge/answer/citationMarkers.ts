/**
 * The model marks sentences with the number of the source it was given ("[3]"). The reader
 * sees citations numbered 1..n in the order they first appear, so markers are renumbered;
 * a marker for a number that was not given is removed, and a listed source without a
 * marker gets one at the end, so every citation has its [n] in the text.
 */
const MARKER = /\s?\[(\d{1,2})\]/g;

export type MarkedAnswer = { text: string; citations: string[] };

/** `sourceIds`: the ids in the order given to the model; `cited`: the listed ids that are among them. */
export function renumberMarkers(text: string, sourceIds: readonly string[], cited: readonly string[]): MarkedAnswer {
  const order: string[] = [];
  const position = (id: string) => {
    if (!order.includes(id)) order.push(id);
    return order.indexOf(id) + 1;
  };
  const marked = text.replace(MARKER, (_all, n: string) => {
    const id = sourceIds[Number(n) - 1];
    return id !== undefined ? ` [${position(id)}]` : '';
  });
  const unmarked = cited.filter((id) => !order.includes(id));
  const tail = unmarked.map((id) => `[${position(id)}]`).join('');
  return { text: tail ? `${marked.trimEnd()} ${tail}` : marked, citations: order };
}
