### common.ftl: messages any feature may use. English is the source text and the fallback.

# This language's own name, as listed in the /language picker.
language-name = English

# The bot hit a bug. $ref is a short code the player quotes to an admin so we can find the logs.
error-unexpected = Sorry, something went wrong on our side and nothing was changed. Please try again in a moment; if it keeps happening, tell an admin this reference: `{ $ref }`.

# The player's action had no effect (e.g. two clicks raced); doing it again is safe.
nothing-changed-try-again = Nothing changed. Please try again.

# How many times the player may still abort a match this season. $count is a whole number.
aborts-left =
    { $count ->
        [0] You have no aborts left.
        [one] You have { $count } abort left.
       *[other] You have { $count } aborts left.
    }
