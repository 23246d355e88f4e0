### rules.ftl: the ladder's rules refusing an action — what was wrong and what to do instead.
### These answer a player's (or an admin's) command or button, as a short private message.

## Names of the fields a refusal can be about (shown as $field in rules-text-*).

rules-field-player-name = Player name
rules-field-battletag = BattleTag
rules-field-alt-name = Alternative name
rules-field-country = Country
rules-field-region = Region
# An access code an admin or a player typed.
rules-field-code = Code
# The note an admin gives a new access code.
rules-field-note = Note
# The reason an admin gives for an action.
rules-field-reason = Reason
# How an admin named a player (mention, id, name).
rules-field-player = Player
# /leaderboard's typed `countries` and `races` options.
rules-field-countries = Countries
rules-field-races = Races

## Typed text the ladder can't take. $field is one of the rules-field-* names.

# $problem is one of rules-problem-*.
rules-text-bad-character = { $field } contains { $problem }: type it again without it.
# $length: how many characters were typed; $max_length: the limit.
rules-text-too-long = { $field } is too long ({ $length } characters): at most { $max_length }, please.
rules-problem-surrogate = a broken character (a lone surrogate) that can't be stored
# $code is the character's hexadecimal code, e.g. 0007.
rules-problem-control = an invisible control character (U+{ $code })
# $code is the character's hexadecimal code, e.g. 202E.
rules-problem-bidi = an invisible text-direction mark (U+{ $code })
# Text no database can store. $problem is rules-unstorable-nul or rules-unstorable-surrogate.
rules-store-unstorable = That text contains { $problem }, which can't be saved; nothing changed.
rules-unstorable-nul = a NUL character
rules-unstorable-surrogate = a lone surrogate

## /setup and the terms of service.

# $name is what the player typed.
rules-player-name-invalid = Player name “{ $name }” is not valid: use 3–12 Latin letters (A–Z), no spaces, digits or symbols — exactly your in-game name.
# $tag is what the player typed.
rules-battletag-invalid = BattleTag “{ $tag }” is not valid: it looks like Name#1234 — 1–12 characters, then #, then 3–12 digits. You can copy it from the Battle.net app.
# $name is what the player typed.
rules-alt-name-invalid = Alternative name “{ $name }” is not valid: use 3–12 letters or digits (any script), no spaces or symbols.
# $max is a small whole number.
rules-too-many-alt-names = You can give at most { $max } alternative names.
# $typed is what the player typed. XX and ZZ are codes; keep them.
rules-country-unknown = “{ $typed }” is not a country code we know. Pick your country from the list (ISO codes like KR, US, DE), or XX (nonrepresenting) / ZZ (other).
# $typed is what the player typed; $regions the region codes, e.g. "NA, EU, KR".
rules-region-unknown = “{ $typed }” is not a region we know. Choose one of: { $regions }.
# $name is one of the names the player gave.
rules-name-twice = “{ $name }” appears twice: your player name and alternative names must all differ.
rules-name-taken = “{ $name }” is already registered by another player. If it is yours, ask an admin.
rules-terms-first = Please accept the terms of service first (/{ cmd-termsofservice }).
rules-decline-terms-busy = Leave the queue and finish your match before declining the terms.

## Queueing.

rules-queue-banned = You are banned from the ladder and can't queue.
rules-queue-register-first = Finish /{ cmd-termsofservice } and /{ cmd-setup } before queueing.
rules-queue-already = You are already in the queue.
# $match_id is the match number.
rules-queue-in-match = You are in match #{ $match_id }: finish it before queueing again.
rules-queue-not-queued = You are not in the queue.
# $race is the race code that was sent.
rules-queue-unknown-race = Unknown race '{ $race }': pick from the race menu.
rules-queue-pick-races = Pick one Brood War race, one StarCraft II race, or one of each to play either side.
# $map is a map name.
rules-queue-veto-outside = “{ $map }” is not in this season's map pool: veto only pool maps.
# $max_vetoes is a small whole number.
rules-queue-too-many-vetoes = You can veto at most { $max_vetoes } maps.
rules-quick-start-first = Before your first game, read the quick-start guide (the link above) and press “I've read the Quick Start Guide”, then press Join.
# $notice is an internal notice name.
rules-notice-unknown = Unknown notice '{ $notice }'.

## Pairing players (mostly seen by admins and in logs). $player is a Discord id.

rules-pair-self = A player can't be matched with themself.
rules-pair-not-queued = Player { $player } is not in the queue.
# $race is a race code.
rules-pair-wrong-race = Player { $player } did not queue as { $race }.
rules-pair-sides = A match is one Brood War race against one StarCraft II race.
rules-pair-entry-changed = Player { $player } changed their queue entry while the wave was computed; they wait for the next one.
# $map is a map name.
rules-map-not-in-pool = “{ $map }” is not in this season's map pool.
# $server is a server code.
rules-server-unknown = Unknown server '{ $server }'.

## A match's state, shown as $status in the messages below.

rules-status-found = found
rules-status-in-progress = in_progress
rules-status-completed = completed
rules-status-conflict = conflict
rules-status-aborted = aborted
rules-status-cancelled = cancelled
rules-status-invalidated = invalidated

## Matches: confirming, aborting, reporting, replays. $match_id is a match number.

rules-not-registered = You are not registered yet: use /{ cmd-termsofservice } to start.
rules-not-your-match = You are not a player of match #{ $match_id }.
rules-match-unknown = Match #{ $match_id } does not exist.
rules-confirm-closed = This match can no longer be confirmed (it is { $status }).
rules-confirm-already = You have already confirmed this match; waiting for your opponent.
rules-timeout-not-found = Only an unconfirmed match can time out (it is { $status }).
rules-abort-closed = This match can no longer be aborted (it is { $status }).
rules-abort-reported = A result has already been reported for this match, so it can't be aborted; report your result instead, or ask an admin.
# $per_month is the monthly allowance of aborts (a whole number).
rules-no-aborts-left = You have no aborts left this month (allowance { $per_month }). They reset on the 1st (UTC); until then, please play the match or report the result.
# $report is what was sent; win, loss and draw are the choices.
rules-report-unknown = Unknown report '{ $report }': choose win, loss or draw.
rules-report-unconfirmed = Both players must confirm the match before reporting a result.
rules-report-closed = This match is { $status }; results can no longer be reported. Ask an admin if something is wrong.
rules-report-needs-replay = Reporting opens once your replay of this game is verified: send me the .SC2Replay file here first, then report.
rules-report-final = Both results are in; they can't be changed. Ask an admin if needed.
rules-replay-cannot-settle = A replay can't settle this match (it is { $status }).
rules-deadline-not-applicable = The report deadline does not apply (the match is { $status }).
rules-match-takes-no-replay = Match #{ $match_id } is { $status }; it takes no replay (a replay is of a confirmed, played match).
rules-replay-used = This replay is already the evidence of match #{ $match_id }; send the replay of this game.
rules-replay-no-match = You have no match waiting for a replay. Send the replay of a ladder game once both players confirmed its match (also while it is disputed, or soon after it ended).
# $filename is the uploaded file's name.
rules-replay-not-a-replay = “{ $filename }” is not a replay: send the .SC2Replay file of your match.
# $size: the file's size in MB (one decimal); $max: the limit in MB.
rules-replay-too-big = That file is { $size } MB; replays are at most { $max } MB. Send the .SC2Replay of your match.
# $reason is the replay checker's explanation (in English).
rules-replay-refused = This replay can't be used: { $reason }.
rules-replay-match-ended = Match #{ $match_id } has ended in the meantime; the replay was not attached.
rules-replay-already-handled = This upload was already handled.

## Admin actions (read by admins).

# $result is what was sent; a, b and draw are the choices.
rules-resolve-unknown = Unknown result '{ $result }': choose a, b or draw.
rules-resolve-closed = Match is { $status }; only open, disputed or completed matches can be resolved.
rules-resolve-same = The match already has that result; nothing would change.
rules-invalidate-already = This match is already invalidated.
rules-admin-no-reason = Give a reason: every admin action is audited with one.
# $low and $high are the MMR bounds.
rules-admin-mmr-bounds = MMR must be a whole number from { $low } to { $high }.
# $choices: the ways to change it (set, add, subtract).
rules-admin-mmr-how = Choose how to change the MMR: { $choices }.
rules-admin-mmr-amount = The amount must be a whole number of 0 or more.
# $mmr is the MMR value.
rules-admin-mmr-same = That leaves the MMR at { $mmr }; nothing would change.
# $per_month is the monthly allowance of aborts.
rules-admin-aborts-bounds = Aborts left must be a whole number from 0 to { $per_month } (the monthly allowance).
rules-admin-already-banned = That player is already banned.
rules-admin-not-banned = That player is not banned.
rules-admin-owner-unbannable = The ladder's owner can't be banned.
rules-admin-owner-bans-admins = Only the ladder's owner can ban an admin.
rules-admin-owner-unbans-admins = Only the ladder's owner can unban an admin.
rules-admin-already-admin = That user is already an admin.
rules-admin-not-admin = That user is not an admin.
rules-admin-not-queued = That player is not in the queue.
rules-admin-no-player = Name a player: a mention, a Discord id, a player name, a BattleTag or an alt name.
rules-admin-nothing-to-unblock = That player is neither queued nor in an open match; nothing to unblock.
# $race is what was sent.
rules-admin-unknown-race = Unknown race { $race }.
# $discord_uid is a Discord id (shown as a mention).
rules-admin-never-used = <@{ $discord_uid }> has never used the ladder; there is no player to change.
rules-admin-only = Only ladder admins can do that.
rules-owner-only = Only the ladder's owner can manage admins.
rules-no-match = There is no match #{ $match_id }.
# $discord_id is a Discord id.
rules-no-player-id = No player has the Discord id { $discord_id }: they have never used the ladder.
# $reference is what the admin typed.
rules-nobody = No player matches “{ $reference }”. Name them by mention, Discord id, player name, BattleTag or alt name, or pick one of the suggestions.
# $candidates: players (rules-candidate) separated by semicolons.
rules-did-you-mean = No player is called “{ $reference }”. Did you mean: { $candidates }?
# $count: how many players; $candidates as above.
rules-ambiguous = “{ $reference }” names { $count } players: { $candidates }. Pick one of the suggestions or use a Discord id.
# One player in such a list. $name: names; $battletag: BattleTag or rules-no-battletag; $discord_id: Discord id.
rules-candidate = { $name } ({ $battletag }, id { $discord_id })
rules-no-battletag = no BattleTag
# The name shown for a Discord user who never registered.
rules-unknown-name = unregistered
# Two parts of a list of players: $first, then the rest.
rules-list-join = { $first }; { $rest }

## Access codes (invitation-only seasons). $code is an access code like ABCD-EFGH.

# $typed is what was typed.
rules-access-not-a-code = “{ $typed }” is not an access code; codes look like ABCD-EFGH.
# $max_uses is the largest number of uses.
rules-access-uses = Uses must be a whole number from 1 to { $max_uses }.
# $max_days is the longest validity in days.
rules-access-validity = Validity must be a whole number of days from 1 to { $max_days }.
rules-access-already-activated = Your access is already activated; you don't need another code.
rules-access-withdrawn = The code { $code } was withdrawn by an admin. Ask an admin for a new one.
rules-access-expired = The code { $code } has expired. Ask an admin for a new one.
# $uses_allowed: how many times the code may be used.
rules-access-used-up =
    { $uses_allowed ->
        [one] The code { $code } has already been used once, its limit. Ask an admin for a new one.
       *[other] The code { $code } has already been used { $uses_allowed } times, its limit. Ask an admin for a new one.
    }
rules-access-no-note = Say who the code is for: every admin action is audited with a reason.
rules-access-exists = The code { $code } exists already; create another one.
rules-access-unknown-for-player = There is no access code { $code }. Check it, or ask an admin for one.
rules-access-unknown = There is no access code { $code }.
rules-access-withdrawn-already = The code { $code } is already withdrawn.
rules-access-open-season = This season is open to everyone: you don't need a code. Use `/{ cmd-setup }` to get started.

## Saving.

rules-store-not-saved = The ladder can't save right now — nothing changed. Please try again in a few minutes.
rules-store-closing = The ladder is shutting down; please try again in a moment. Nothing changed.
