/**
 * Where the promptness clock starts for an acknowledgement row aliased `a`: the gift's receipt, or, for a
 * gift recorded after it was received (a cheque keyed in on Monday for Friday's post), the moment Steward
 * learned of it. Why: docs/ACKNOWLEDGEMENTS.md, "Promptness".
 */
export const clockStartSql = (a: string) => `greatest(${a}.gift_received_at, ${a}.created_at)`;

/** Seconds from the clock's start to the send, null until sent; a post-dated gift thanked early counts 0. */
export const secondsToSendSql = (a: string) =>
  `CASE WHEN ${a}.sent_at IS NULL THEN NULL
        ELSE greatest(0, extract(epoch FROM ${a}.sent_at - ${clockStartSql(a)}))::float8 END`;
