### match.ftl: a match from found to result — the match messages and DMs, the Confirm / Abort / report buttons, the replay's details, the result, the Shield Battery notice, a dispute for admins, and the answers to a replay upload.

## The match found message (nobody is named until both players confirmed).

# Its title. $match_id is the match number.
match-found-title = Match found · #{ $match_id }
# Its text. $confirm_by is a Discord relative time ("in 5 minutes"); $aborts_left a whole number.
match-found-body =
    A ranked opponent is ready for you. Confirm { $confirm_by }, or the match is cancelled.
    Aborting uses one of your aborts; aborts left this month: { $aborts_left }.
    You will see who you play once both of you have confirmed.

## The full match message, kept current as reports and replays arrive.

# Its title. $match_id is the match number.
match-title = Match #{ $match_id }
# Field names of the two players.
match-player-1 = Player 1
match-player-2 = Player 2
# A player's rank and rating. $letter is the rank letter (S, A, B…); $mmr the rating.
match-rating-ranked = Rank **{ $letter }** · MMR **{ $mmr }**
# The same for a player without a rank yet.
match-rating-unranked = Unranked · MMR **{ $mmr }**
# $battletag is the player's BattleTag, e.g. Mina#1234.
match-battletag = BattleTag { $battletag }
match-no-battletag = BattleTag not set
# $names: the player's other names, comma separated.
match-alt-names = Also plays as { $names }
# The win prediction field. $name_a, $name_b: player names; $chance_a, $chance_b: whole percentages.
match-prediction = Prediction
match-prediction-value = { $name_a } { $chance_a } % · { $name_b } { $chance_b } %
# Field names.
match-map = Map
# Shown instead of the map's link when it has none in the server's region.
match-no-map-link = no link for this region
match-server = Server
match-mod = Mod
match-lobby = Lobby
# The lobby settings to use. $channel: the in-game channel; $privacy, $speed, $duration: the game's
# own setting names (as the game shows them); $alliances: match-alliances-locked or -unlocked; $observers: a number.
match-lobby-value = Channel `{ $channel }` · privacy { $privacy } · speed { $speed } · duration { $duration } · alliances { $alliances } · { $observers } observers
match-alliances-locked = locked
match-alliances-unlocked = unlocked
# Field names.
match-reports = Reports
match-replays = Replays
# What a player reported (also the report picker's options).
match-report-win = I won
match-report-loss = I lost
match-report-draw = Draw
match-report-none = no report yet
# One line per player in the Replays field. $name: the player's name.
match-replay-missing = { $name }: not sent yet — send me the .SC2Replay here
# $outcome: what the replay shows (from the replay checks).
match-replay-verified = { $name }: ✅ verified — { $outcome }
# $failed: the names of the checks that failed.
match-replay-unverified = { $name }: ❌ not verified ({ $failed })
match-result = Result
# A completed match. $headline: match-won or match-draw; $delta_a, $delta_b: signed MMR changes (+12, -12).
match-result-completed = { $headline } · { $name_a } { $delta_a } · { $name_b } { $delta_b } MMR
match-result-conflict = Disputed: an admin decides with the evidence. No MMR changed yet.
# A match that ended without a result. $status: aborted, cancelled or invalidated.
match-result-ended = No result: the match was { $status }. No MMR changed.
# Field name above the report deadline (a date).
match-report-by = Report by
# The match message's footer while it is being played.
match-report-footer = Report the result once you played (pick it, then confirm); send me your replay here.
# The headline of a result. $name: the winner's name.
match-won = { $name } won
match-draw = Draw

## A replay's details (sent to the player who uploaded it).

# Titles. $match_id is the match number.
match-details-title-ok = Replay of match #{ $match_id } · verified
match-details-title-bad = Replay of match #{ $match_id } · not verified
# $side_a, $side_b: "name (race)"; $winner: names or match-no-winner; $map_name; $started: a date;
# $duration: match-duration; $observers: names or match-no-observers.
match-details-body =
    { $side_a } vs { $side_b }
    Winner: { $winner }
    Map: { $map_name }
    Started: { $started }
    Duration: { $duration }
    Observers: { $observers }
match-details-settled = This replay settles the result for both players.
match-details-unsettled = This replay does not settle the result; the reports and the admins decide.
match-no-winner = none recorded
match-no-observers = none
# The game's length. $minutes, $seconds: whole numbers.
match-duration = { $minutes } min { $seconds } s
# Field names of the replay checks.
match-checks = Checks
match-checks-more = Checks (cont.)
# When not all checks fit.
match-checks-cut = More checks in `/admin match`.

## The result (results channel and both players).

# $match_id: the match number; $headline: match-won or match-draw.
match-result-title = Match #{ $match_id } · { $headline }
# $map_name is the map's name.
match-result-map = Map: { $map_name }

## A dispute, for the admins.

# $match_id is the match number.
match-conflict-title = Conflict · match #{ $match_id }
# $side: the player (flag, name, race); $report: match-report-win / -loss / -draw.
match-conflict-report = { $side } reported **{ $report }**
match-conflict-no-report = { $side } did not report
# $reason: one of the match-reason-… messages.
match-conflict-why = Why: { $reason }
match-reason-reports-disagree = the two reports disagree
match-reason-report-contradicts-replay = a report contradicts a verified replay
match-reason-lone-report-at-deadline = only one player reported before the deadline
# Field name. $name: the player's name.
match-conflict-replay = Replay of { $name }
match-conflict-no-replay = No replay sent.
match-conflict-footer = Resolve with /admin resolve, giving the result and a reason.

## The Shield Battery notice (players of a match with a Brood War Protoss).

match-shield-title = Shield Battery lag: read this before you play
# $fix_url: the address of the community's fix. Keep `splatlod=0` and `Variables.txt` as they are.
match-shield-body =
    This match has a Brood War Protoss player. The Brood War Shield Battery's oversized splat model causes severe lag. Before the game, either set Options → Graphics → Effects to Low, or set `splatlod=0` in every `Variables.txt` (the community's small program does it for you: { $fix_url }); then restart StarCraft II.
    The problem goes away once the mod can be re-uploaded to battle.net.

## The match buttons and their answers.

# Buttons (at most 80 characters).
match-confirm = Confirm
match-abort = Abort
match-abort-unplayed = Abort (game not played)
match-abort-yes = Yes, abort
# The report picker's placeholder.
match-report-placeholder = Report the result
# The button confirming a report. $label: match-report-win / -loss / -draw.
match-report-yes = Yes, report: { $label }
# The Shield Battery notice's button.
match-understood = I understand
# After Confirm. $match_id is the match number.
match-confirmed-waiting = You confirmed match #{ $match_id }. Waiting for your opponent to confirm.
match-confirmed-both = Both players confirmed match #{ $match_id }: the match details follow.
# Asked after Abort. $left: aborts left this month (a whole number).
match-abort-question = Abort match #{ $match_id }? This uses one of your aborts (aborts left this month: { $left }) and changes no MMR. Dismiss this message to keep the match.
match-aborted = Match #{ $match_id } is aborted. Aborts left this month: { $left }.
# Asked after a report was picked. $label: match-report-win / -loss / -draw.
match-report-question = You picked **{ $label }** for match #{ $match_id }. Confirm to report it; once both results are in they can't be changed. Dismiss this message to pick again.
match-reported-waiting = You reported **{ $label }** for match #{ $match_id }. It counts once your opponent's report agrees, or a verified replay shows it.
match-reported-completed = You reported **{ $label }** for match #{ $match_id }: the result is final.
match-reported-conflict = You reported **{ $label }** for match #{ $match_id }. The evidence disagrees, so an admin will decide.
# After the Shield Battery notice's button.
match-acknowledged = Thanks: you won't be shown the Shield Battery notice again.

## DMs as the match moves on. $match_id is the match number everywhere.

# $deadline is a Discord relative time ("in 2 minutes").
match-confirm-reminder = Reminder: confirm match #{ $match_id } { $deadline } or it is cancelled.
match-opponent-confirmed = Your opponent confirmed match #{ $match_id }; please confirm too.
# Above the full match message once both confirmed.
match-started = Both players confirmed: play the game, then report the result and send me your replay here.
# $label: match-report-win / -loss / -draw (what the opponent reported).
match-opponent-reported = Your opponent reported **{ $label }** for match #{ $match_id }. Please report your result too (and send me your replay).
# $deadline is a Discord relative time.
match-report-reminder = Reminder: report the result of match #{ $match_id } { $deadline }.
match-upload-reminder = You reported match #{ $match_id } without your replay. Please send me the .SC2Replay file of that game here: each player's replay is kept as the match's evidence.
match-opponent-replay-ok = Your opponent sent their replay of match #{ $match_id }; it is verified.
match-opponent-replay-bad = Your opponent sent their replay of match #{ $match_id }; it is not verified, so it settles nothing (admins can still see it).
# Why a match is disputed, told to both players.
match-conflict-reports-disagree = The reports for match #{ $match_id } disagree, so an admin will decide with the evidence. If you have not sent your replay yet, send it to me now.
match-conflict-report-contradicts-replay = A report for match #{ $match_id } contradicts the verified replay, so an admin will decide with the evidence.
match-conflict-lone-report-at-deadline = Only one result was reported for match #{ $match_id } before the deadline. One player's report alone is not a result, so an admin will decide with the evidence; if you have the replay, send it to me now.
# How a match ended without a result (naming nobody).
match-ended-aborted-by-you = You aborted match #{ $match_id }. No MMR changed.
match-ended-aborted-by-opponent = Your opponent aborted match #{ $match_id }. No MMR changed.
match-ended-you-did-not-confirm = Match #{ $match_id } was cancelled: you did not confirm in time. No MMR changed and no abort was used.
match-ended-opponent-did-not-confirm = Match #{ $match_id } was cancelled: your opponent did not confirm in time. No MMR changed; use `/{ cmd-queue }` to search again.
match-ended-report-deadline = Match #{ $match_id } is closed: no result was reported before the deadline. No MMR changed.
match-ended-other = Match #{ $match_id } has ended. No MMR changed.

## Answers to a replay sent as a DM attachment.

# The bot hit a bug while checking it. $ref is a code to quote to an admin.
match-upload-failed = Sorry, something went wrong on our side while checking your replay and nothing was changed. Please send it again; if it keeps happening, tell an admin this reference: `{ $ref }`.
# $seconds: a whole number of seconds.
match-upload-too-fast = You're going a little fast: please wait { $seconds } s and send the replay again.
match-upload-one-per-message = Please send one replay per message.
# $size: the file's size in MB (one decimal); $max: the largest allowed, in MB.
match-upload-too-big = That file is { $size } MB; replays are at most { $max } MB. Send the .SC2Replay of your match.

# Under the prediction: why the wave chose this opponent. $gap: the MMR gap; $window: the widest gap
# allowed then; $ping_a / $ping_b: each player's expected ping in ms (player 1 first);
# $waves_a / $waves_b: how many 45-second waves each had waited.
match-pairing-why = Why this pairing: MMR gap { $gap } (allowed { $window }) · expected ping { $ping_a } / { $ping_b } ms · waves waited { $waves_a } / { $waves_b }
