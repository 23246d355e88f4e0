### staff.ftl: the staff tools — /admin (cases, snapshot, disputes, access codes, player actions), the staff feed in the admin channel, what players are told when an admin acts on them, and /activate.

## /activate (players of a closed season)

# After /activate worked. $code is the access code, like ABCD-EFGH.
staff-activated = Your access is activated with the code { $code }. Next: `/{ cmd-setup }` to register, then `/{ cmd-queue }`.

## DMs to a player when an admin acts on them

# $reason is the admin's reason, as typed.
staff-dm-banned = An admin banned you from the ladder. Reason: { $reason }
    If you think this is a mistake, contact an admin.
staff-dm-unbanned = An admin lifted your ban: you can use the ladder again. Reason: { $reason }
# $race is a race name; $before, $after are MMR values; $delta is the change with its sign (+25, -10).
staff-dm-mmr = An admin changed your { $race } MMR: { $before } → **{ $after }** ({ $delta }). Reason: { $reason }
staff-dm-removed = An admin took you out of the queue. Reason: { $reason }
    Use `/{ cmd-queue }` to search again.
staff-dm-cleared = An admin cleared the queue, so you are no longer searching. Reason: { $reason }
    Use `/{ cmd-queue }` to search again.
# $left is how many aborts the player has left this month.
staff-dm-aborts = An admin set your aborts for this month: you have { $left } left. Reason: { $reason }
# $match_id is the match number; $result is staff-dm-winner, staff-dm-draw or staff-dm-no-result.
staff-dm-resolved = An admin decided match #{ $match_id }: { $result }.
# $previous is the result before the correction (same forms as $result).
staff-dm-corrected = An admin corrected the result of match #{ $match_id }: { $result } (it was { $previous }).
staff-dm-invalidated = An admin invalidated match #{ $match_id }: its result does not count.
# A match that was still open (no MMR moved) was invalidated.
staff-dm-invalidated-open = An admin invalidated match #{ $match_id }; it is over. No MMR changed.
# One line per rating the decision moved. $race, $before, $after, $delta as in staff-dm-mmr.
staff-dm-your-mmr = Your { $race } MMR: { $before } → **{ $after }** ({ $delta }).
# $count is how many later games were recalculated.
staff-dm-rederived = { $count } later game(s) were recalculated from it.
staff-dm-reason = Reason: { $reason }
# To a player whose later games moved because an opponent's earlier match was changed.
staff-dm-knock-on-resolved = An admin corrected match #{ $match_id }, an earlier game of one of your opponents, so your later results were recalculated.
staff-dm-knock-on-invalidated = An admin invalidated match #{ $match_id }, an earlier game of one of your opponents, so your later results were recalculated.
# A match result in these DMs. $name is the winner's player name.
staff-dm-winner = { $name } won
staff-dm-draw = a draw
staff-dm-no-result = no result

## The staff feed (one line per event in the admin channel)

# $match_id: match number; $a, $b: the players as staff-player; $result: staff-winner or staff-draw;
# $race_a, $race_b: short race names (e.g. BW-Z); $move_a, $move_b: staff-feed-move.
staff-feed-completed = ✅ Match #{ $match_id } completed: { $result } · { $a } { $race_a } { $move_a } · { $b } { $race_b } { $move_b }
# An MMR move. $before, $after are MMR values.
staff-feed-move = { $before }→{ $after }
# $blame: who aborted or did not confirm (players, or staff-feed-somebody).
staff-feed-aborted = ↩️ Match #{ $match_id } aborted by { $blame } · { $a } vs { $b }
staff-feed-abandoned-confirm = ⌛ Match #{ $match_id } abandoned: { $blame } did not confirm · { $a } vs { $b }
staff-feed-abandoned-report = ⌛ Match #{ $match_id } abandoned: no result before the report deadline · { $a } vs { $b }
# $ping is the staff role's mention (or nothing). Keep the command `/admin match { $match_id }` as is.
staff-feed-dispute = { $ping }⚠️ Dispute on match #{ $match_id } · { $a } vs { $b } · see `/admin match { $match_id }`
# $admin: the admin as staff-player; $rederived: staff-feed-rederived or nothing; $reason: the admin's reason.
staff-feed-resolved = ⚖️ Match #{ $match_id } resolved by { $admin }: { $result }. { $rederived }Reason: { $reason }
staff-feed-invalidated = 🚫 Match #{ $match_id } invalidated by { $admin }. { $rederived }Reason: { $reason }
# $count: how many later games were re-derived. Keep the space at the end (a sentence follows).
staff-feed-rederived = { $count } later game(s) re-derived.{ " " }
# $player, $admin: as staff-player.
staff-feed-banned = ⛔ { $player } banned by { $admin }. Reason: { $reason }
staff-feed-unbanned = ✅ { $player } unbanned by { $admin }. Reason: { $reason }
# $detail: what is wrong (English, from the health watch); $condition: its code.
staff-feed-health-raised = 🚨 Health: { $detail }
staff-feed-health-cleared = ✅ Health recovered ({ $condition }): it was: { $detail }
# Nobody in particular to blame.
staff-feed-somebody = a player

## Shared by the staff tools

# A player for staff: $name (or a mention) and their Discord id.
staff-player = { $name } (`{ $discord_id }`)
# A match result. $name is the winner.
staff-winner = { $name } won
staff-draw = draw
# An MMR line: $player as staff-player, $race a race name, $before/$after MMR, $delta with its sign.
staff-mmr-line = { $player } { $race }: { $before } → **{ $after }** ({ $delta })
# Short durations (ages, waits). $s seconds, $m minutes, $h hours, $d days; $mm is minutes with two digits.
staff-duration-seconds = { $s } s
staff-duration-minutes = { $m } min
staff-duration-hours = { $h } h { $mm } min
staff-duration-days = { $d } d { $h } h

## The confirm step of every admin action

# $description says what the action will do.
staff-ask = { $description }
    Confirm?
# $done says what was done.
staff-done = Done: { $done }
staff-cancelled = Cancelled; nothing was changed.
staff-expired = This admin action is no longer pending (the bot may have restarted). Run the command again.
# Buttons.
staff-confirm = Confirm
staff-cancel = Cancel

## Player actions (/admin adjust_mmr, ban, unban, reset_aborts, remove_queue, unblock, clear_queue, add_admin, remove_admin)

# $line is staff-mmr-line; $reason the admin's reason.
staff-ask-mmr = Change { $line }. Reason: { $reason }
staff-done-mmr = { $line }.
# $player is staff-player.
staff-ask-ban = Ban { $player }: they can't use the ladder until unbanned, and leave the queue. Reason: { $reason }
staff-done-ban = { $player } is banned.
staff-ask-unban = Lift the ban of { $player }. Reason: { $reason }
staff-done-unban = { $player } is no longer banned.
# $before, $after, $left: numbers of aborts.
staff-ask-aborts = Set the aborts { $player } has left this month: { $before } → **{ $after }**. Reason: { $reason }
staff-done-aborts = { $player } has { $left } abort(s) left this month.
staff-ask-remove-queue = Take { $player } out of the queue. Reason: { $reason }
staff-done-remove-queue = { $player } is out of the queue.
staff-ask-unblock = Unblock { $player }: out of the queue and their open match (if any) invalidated. Reason: { $reason }
staff-done-unblock-queue = { $player } is out of the queue.
staff-done-unblock-match = match #{ $match_id } of { $player } is invalidated.
# $count: players queued / removed.
staff-ask-clear-queue = Clear the whole queue ({ $count } queued). Reason: { $reason }
staff-done-clear-queue = the queue is empty ({ $count } removed).
staff-ask-add-admin = Make { $player } an admin.
staff-done-add-admin = { $player } is now an admin.
staff-ask-remove-admin = Remove { $player }'s admin rights. Reason: { $reason }
staff-done-remove-admin = { $player } is no longer an admin.
# A race typed into an admin command that is not a race. $typed is what was typed.
staff-unknown-race = “{ $typed }” is not a race; pick one of the suggestions.

## Access codes (/admin code_create, codes, code_revoke)

# $uses: how many players may use it; $days: days it is valid; $note: who it is for.
staff-ask-create-code = Create an access code for { $uses } player(s), valid { $days } day(s). For: { $note }
# $code: the new code; $expires: a Discord time. Keep `/activate { $code }` as is.
staff-done-create-code = access code **{ $code }** created: { $uses } use(s), expires { $expires }. Give it to the player(s); they type `/{ cmd-activate } { $code }`.
# $uses: times used; $allowed: uses allowed.
staff-ask-revoke-code = Withdraw the access code { $code } (used { $uses }/{ $allowed }). Reason: { $reason }
staff-done-revoke-code = the code { $code } is withdrawn (it was used { $uses } time(s); those players keep access).
# Keep EVOLADDER_ACCESS=open as is (a setting).
staff-open-mode = Note: this season is open (EVOLADDER_ACCESS=open), so codes are not needed until it is set to code.

## The case of a match (/admin match)

# $match_id: the match number; $status: the match's status code (e.g. conflict).
staff-case-title = Match #{ $match_id } · { $status }
# $map: map name; $server: server name; $created, $confirmed, $ended: Discord times (or staff-not-yet);
# $result: staff-winner, staff-draw or staff-no-result; $end_reason: a code (or staff-none).
staff-case-description = Map **{ $map }** on { $server } · made { $created }
    Confirmed: { $confirmed } · ended: { $ended }
    Result: **{ $result }** ({ $end_reason })
staff-not-yet = not yet
staff-no-result = none yet
# The field of each player. $n is 1 or 2.
staff-side-title = Player { $n }
# A player as "flag **name** · race".
staff-side = { $flag } **{ $name }** · { $race }
# $before, $after: MMR; $delta with its sign.
staff-side-mmr-moved = MMR { $before } → **{ $after }** ({ $delta })
staff-side-mmr = MMR { $mmr } (before the match)
# $report: staff-report-win/-loss/-draw; $when: a Discord relative time (or nothing).
staff-side-report = Reported **{ $report }** { $when }
staff-side-no-report = No report
# What a player reported.
staff-report-win = I won
staff-report-loss = I lost
staff-report-draw = Draw
# $n: replay number; $uploader: a player name; $when: a Discord relative time.
staff-replay-title = Replay { $n } · sent by { $uploader } { $when }
staff-replay-verified = ✅ Verified: no check failed.
# $failed: how many checks failed.
staff-replay-not-verified = ❌ Not verified: { $failed } check(s) failed.
# $filename: the attached file's name.
staff-replay-file = File attached: `{ $filename }`.
staff-replay-missing = The file is missing from storage.
# $size: megabytes, one decimal.
staff-replay-too-big = The file is too large to attach here ({ $size } MB).
staff-no-replay = No replay was uploaded.
# One replay check: $icon ✅/⚠️/❌, $check its name, $reason what it found (English, from the replay checker).
staff-check = { $icon } { $check }: { $reason }
staff-case-footer = Resolve with the buttons: each asks for a reason, then a confirm. The record is attached as JSON.
# The decision buttons. $name is a player name.
staff-winner-button = Winner: { $name }
staff-draw-button = Draw
staff-void-button = Invalidate
# The reason form. $match_id is the match number.
staff-reason-title = Reason for match #{ $match_id }
staff-reason-label = Reason (players see it)
# $result: staff-winner or staff-draw; $previous: the result before.
staff-ask-resolve = Resolve match #{ $match_id }: { $result }. Reason: { $reason }
staff-ask-correct = Correct match #{ $match_id }: { $result } (was { $previous }). Later games of both players are re-derived. Reason: { $reason }
staff-ask-invalidate = Invalidate match #{ $match_id }. Reason: { $reason }
staff-no-mmr-change = No MMR changes.
staff-done-resolve = match #{ $match_id } resolved: { $result }.
staff-done-invalidate = match #{ $match_id } invalidated.
# $count: later games re-derived.
staff-rederived = { $count } later game(s) re-derived.
# $count: ratings moved beyond those listed.
staff-more-shifts = … and { $count } more ratings moved.
# A decision button of an unknown kind. $decision is its code.
staff-unknown-decision = Unknown decision '{ $decision }'.

## /admin snapshot, /admin disputes, /admin codes (pages)

# $page, $pages: page numbers.
staff-snapshot-title = Ladder snapshot · page { $page }/{ $pages }
staff-disputes-title = Open disputes, oldest first · page { $page }/{ $pages }
staff-codes-title = Access codes, newest first · page { $page }/{ $pages }
# Page buttons.
staff-previous = ◀ Previous
staff-next = Next ▶
# $total queued: $bw Brood War only, $sc2 StarCraft II only, $both either side.
staff-queue-header = **Queue** · { $total } ({ $bw } BW · { $sc2 } SC2 · { $both } both)
# $name: player; $races: their staff-race-standing entries; $wait: a duration.
staff-queue-line = { $name } · { $races } · waiting { $wait }
# $race: race name; $rank: staff-rank or staff-unranked; $mmr: MMR.
staff-race-standing = { $race }: { $rank }, MMR { $mmr }
# $letter: the rank letter.
staff-rank = Rank **{ $letter }**
staff-unranked = Unranked
# $count: matches in progress.
staff-running-header = **In progress** · { $count }
# $a, $b: player names; $status: a status code; $age: a duration.
staff-running-line = #{ $match_id } { $a } vs { $b } · { $status } · for { $age }
staff-disputes-header = **Disputes** · { $count }
# $reason: why it is disputed (a code).
staff-dispute-line = #{ $match_id } { $a } vs { $b } · waiting { $age } ({ $reason })
# $database: staff-reachable or staff-unreachable; $backlog: entries not yet shipped; $oldest: a duration;
# $alive/$expected: replay workers; $rss_mb: memory in MB (whole number).
staff-health-line = **Health** · database { $database }, backlog { $backlog } entries (oldest { $oldest }) · replay workers { $alive }/{ $expected } · memory { $rss_mb } MB
# $error: the last error (English, technical).
staff-last-error = Last shipping error: { $error }
staff-reachable = reachable
staff-unreachable = UNREACHABLE
staff-none = none
staff-no-disputes = No open disputes.
staff-no-codes = No access codes yet: create one with `/admin code_create`.
# $code: the code; $status: staff-code-active/-expired/-used-up/-withdrawn; $uses/$allowed; $expires: a Discord time; $note.
staff-code-line = `{ $code }` · { $status } · used { $uses }/{ $allowed } · expires { $expires } · { $note }
# $users: who used it, with when.
staff-code-users = ↳ used by { $users }
staff-code-active = active
staff-code-expired = expired
staff-code-used-up = used up
staff-code-withdrawn = withdrawn

## Slash commands: names stay English; descriptions are shown in Discord's command list.

cmd-activate = activate
    .description = Open this season to yourself with an access code
cmd-activate-code = code
    .description = The code an admin gave you, like ABCD-EFGH
cmd-admin = admin
    .description = Ladder administration
cmd-admin-player = player
    .description = A player's profile
cmd-admin-adjust-mmr = adjust_mmr
    .description = Set, raise or lower a player's MMR for one race
cmd-admin-how = how
    .description = set: to the amount; add / subtract: by the amount
cmd-admin-ban = ban
    .description = Ban a player from the ladder
cmd-admin-unban = unban
    .description = Lift a player's ban
cmd-admin-reset-aborts = reset_aborts
    .description = Set how many aborts a player has left this month
cmd-admin-aborts-left = aborts_left
    .description = Aborts left this month (default: the full allowance)
cmd-admin-remove-queue = remove_queue
    .description = Take a player out of the queue
cmd-admin-unblock = unblock
    .description = Free a stuck player (queue entry and open match)
cmd-admin-clear-queue = clear_queue
    .description = Empty the whole queue
cmd-admin-add-admin = add_admin
    .description = Make a player a ladder admin
cmd-admin-remove-admin = remove_admin
    .description = Take a player's admin rights away
cmd-admin-match = match
    .description = The whole case of a match: reports, replays, record; resolve it
cmd-admin-resolve = resolve
    .description = Decide a match's result (a: player 1, b: player 2)
cmd-admin-invalidate = invalidate
    .description = Void a match (a completed one's MMR is reversed)
cmd-admin-code-create = code_create
    .description = Create an access code for a closed season
cmd-admin-uses = uses
    .description = How many players may use it (1: single-use)
cmd-admin-valid-days = valid_days
    .description = Days until it expires
cmd-admin-note = note
    .description = Who it is for (kept with the code and in the audit log)
cmd-admin-codes = codes
    .description = Access codes: uses, expiry and who used which
cmd-admin-code-revoke = code_revoke
    .description = Withdraw an access code
cmd-admin-snapshot = snapshot
    .description = Who is queued, matches in progress, disputes, health
cmd-admin-disputes = disputes
    .description = Open disputes, oldest first, with their age

## A match's status and why it ended. English shows the codes themselves (staff search the logs for them).

# A match's status, in the case title and the snapshot's match lines.
staff-status-found = found
staff-status-in-progress = in_progress
staff-status-completed = completed
staff-status-conflict = conflict
staff-status-aborted = aborted
staff-status-cancelled = cancelled
staff-status-invalidated = invalidated
# Why a match ended (or is disputed), in the case and the dispute lines.
staff-end-aborted = aborted
staff-end-admin-invalidated = admin_invalidated
staff-end-admin-resolved = admin_resolved
staff-end-confirm-timeout = confirm_timeout
staff-end-lone-report-at-deadline = lone_report_at_deadline
staff-end-replay = replay
staff-end-report-contradicts-replay = report_contradicts_replay
staff-end-report-deadline-no-report = report_deadline_no_report
staff-end-reports-agree = reports_agree
staff-end-reports-disagree = reports_disagree

# /admin match: why the wave chose this pair, term by term, from the engine's cost function. $gap, $window:
# MMR gap and the widest allowed; $mmr_term, $ping_term, $credit, $total: cost units; $ping_a / $ping_b:
# expected pings in ms; $waves_a / $waves_b: waves each player had waited (player 1 first).
staff-pairing = Why this pairing
staff-pairing-value =
    MMR gap { $gap } (window { $window }) → MMR term { $mmr_term }
    Expected ping { $ping_a } / { $ping_b } ms → ping term { $ping_term }
    Wait credit −{ $credit } (waves waited { $waves_a } / { $waves_b })
    Pair cost { $total } (the wave made the pairs with the lowest total cost)
