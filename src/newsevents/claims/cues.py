"""The words that mark an attribution or the status of what is told: speech and thought verbs, hedges, plans,
modals, stances, attitudes and nominal cues.

One home for the cue words that the rules of ``claims.status``, the factuality model (``claims.factuality``), the
attribution finder (``claims.quotes``) and the statements read as events (``events.statements``) share.
"""

from __future__ import annotations

# fmt: off
# Verbs of saying, writing and thinking whose complement someone vouches for ("police said ...").
REPORTING_VERBS = {
    "say", "tell", "report", "claim", "announce", "state", "confirm", "add", "write", "allege", "insist",
    "explain", "note", "declare", "warn", "argue", "assert", "acknowledge", "admit", "suggest", "believe",
    "think", "accuse", "deny", "reveal", "testify", "post", "tweet", "quote", "estimate", "predict",
    "contend", "maintain", "indicate", "stress", "mention", "describe", "recall", "agree", "fear", "hope",
    "speculate", "suspect", "assume", "expect", "urge", "demand", "promise", "vow", "pledge",
}
# Verbs that deny what their complement or object tells ("denied that troops fired", "rejected the claims").
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject", "rebut", "rebuff"}
# Verbs that hedge what their complement tells: it is only speculated.
HEDGE_VERBS = {"believe", "think", "suspect", "speculate", "assume", "fear", "suggest", "guess", "seem",
               "appear", "doubt", "estimate"}
# Verbs of intent and schedule: what their complement or object tells is planned.
PLAN_VERBS = {"plan", "intend", "schedule", "expect", "prepare", "aim", "propose", "hope", "vow", "pledge",
              "promise", "threaten", "want", "seek", "decide", "agree", "due", "set"}
# Verbs of deliberation: the act they weigh ("is considering sending troops", "weighing an attack", "mulling
# whether to arrest him") is an option, not yet a plan.
DELIBERATION_VERBS = {"consider", "contemplate", "mull", "ponder", "weigh", "deliberate"}
# Conjunctions of a clause that tells a case, not a fact.
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# fmt: on
# Modal auxiliaries, each with the kind of modality the factuality model gives it.
MODALS = {
    "may": "weak",
    "might": "weak",
    "could": "weak",
    "would": "would",
    "should": "should",
    "must": "must",
    "can": "can",
    "will": "future",
    "'ll": "future",
    "shall": "future",
    "wo": "future",
    "ca": "can",
}
# Auxiliaries of the future.
FUTURE_AUX = {modal for modal, kind in MODALS.items() if kind == "future"}
ACCUSATION_VERBS = {"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn"}
# Verbs of saying, writing and thinking that introduce what someone holds: every reporting verb, and verbs
# that only ever introduce what someone said.
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
    "voice",
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
# Verbs that pass on a message, and the messages that carry what someone says: "sent a message of condolence",
# "conveyed his condolences", "extended greetings".
MESSAGE_VERBS = {"send", "convey", "extend"}
MESSAGE_NOUNS = {
    "message", "letter", "note", "telegram", "cable", "condolence", "sympathy", "greeting", "congratulation",
}  # fmt: skip
# Opinions voiced with no holder in the clause: "he is expected to win", "the plan seems doomed".
HOLDERLESS_CUES = {"expect", "see", "view", "consider", "believe", "think", "know", "say", "report", "seem", "appear"}
STANCE_PREPOSITIONS = {"for", "on", "against", "about", "of", "to"}
