"""The words that mark an attribution: speech and thought verbs, stances, attitudes and nominal cues."""

from __future__ import annotations

from newsevents.claims.status import REPORTING_VERBS

ACCUSATION_VERBS = {"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn"}
# Verbs of saying, writing and thinking that introduce what someone holds: every reporting verb of
# claims.status, and verbs that only ever introduce what someone said.
CUE_VERBS = REPORTING_VERBS | {
    "ask", "reply", "respond", "continue", "conclude", "shout", "exclaim", "joke", "quip", "scream",
    "yell", "chant", "read", "recount", "remark", "observe", "concede", "boast", "complain", "lament", "caution",
    "show", "find", "learn", "signal", "call", "charge", "proclaim", "retort", "counter", "emphasize", "emphasise",
    "answer", "interject", "interrupt", "snap", "bark", "elaborate", "assure", "muse", "scoff", "plead", "beg",
    "whisper", "mutter", "murmur", "cry", "blog", "text", "email", "chime",
}  # fmt: skip
# Stances and intentions PolNeAR-style attribution counts as held by their subject: what is supported,
# wanted or criticised is the content ("Clinton backs a $12 minimum wage").
STANCE_VERBS = {
    "support", "endorse", "back", "oppose", "criticize", "criticise", "praise", "propose", "seek", "want", "urge",
    "pledge", "vow", "threaten", "promise", "describe", "cite", "express", "refuse", "decline", "reject", "hope",
    "question", "attack", "denounce", "tout", "echo", "welcome", "applaud", "condemn", "defend", "dismiss", "slam",
    "blame", "accuse", "demand", "recommend", "advocate", "champion", "favor", "favour", "dispute", "challenge",
    "list", "highlight", "mock", "fault", "push", "embrace", "decry", "lambaste", "tweet", "address", "see",
    "view", "regard", "consider", "know", "recognize", "recognise", "feel", "regret", "worry", "doubt", "wonder",
    "like", "love", "hate", "prefer", "disagree", "vote", "sign", "order", "offer", "decide", "discuss",
    "campaign", "release", "knock", "identify", "point", "refer", "talk", "speak", "invoke",
    "reference", "mention", "repeat", "outline", "unveil", "pitch", "float", "characterize", "label", "brand",
}  # fmt: skip
# Attitudes held as adjectives ("is critical of the deal") or nouns ("Trump's claim that ...").
ATTITUDE_ADJECTIVES = {
    "eager", "convinced", "critical", "loyal", "proud", "mistrustful", "clear", "open", "confident", "sure",
    "certain", "skeptical", "sceptical", "optimistic", "pessimistic", "worried", "concerned", "happy", "unhappy",
    "angry", "opposed", "supportive", "wary", "determined", "dedicated", "devoted", "committed", "hopeful",
    "fearful", "afraid", "aware", "adamant", "adamantly", "unafraid", "cagey", "frustrated", "upset", "furious",
}  # fmt: skip
NOMINAL_CUES = {
    "claim", "criticism", "complaint", "endorsement", "assertion", "insistence", "statement", "argument",
    "accusation", "allegation", "support", "opposition", "promise", "pledge", "call", "warning", "demand",
    "proposal", "view", "belief", "suggestion", "charge", "denial", "praise", "announcement", "plan", "vow",
}  # fmt: skip
# Opinions voiced with no holder in the clause: "he is expected to win", "the plan seems doomed".
HOLDERLESS_CUES = {"expect", "see", "view", "consider", "believe", "think", "know", "say", "report", "seem", "appear"}
STANCE_PREPOSITIONS = {"for", "on", "against", "about", "of", "to"}
