### queue.ftl: /queue — the race pickers, map vetoes, Join / Leave and the searching message.

# The /queue command's description in Discord's command list.
cmd-queue = queue
    .description = Queue for a ranked game

# A button or select of an old queue panel was used (e.g. after a restart).
queue-expired = This queue panel is no longer open (the bot may have restarted). Please run `/{ cmd-queue }` again.
# Join was pressed without any race picked.
queue-pick-race = Pick a Brood War race, a StarCraft II race, or both, then press Join.
# After Leave.
queue-left = You left the queue. Use `/{ cmd-queue }` to search again.
# DM when a queue entry ran out after a long wait.
queue-entry-expired = Your queue entry expired after a long wait. Use `/{ cmd-queue }` to search again.

# The queue panel's title.
queue-panel-title = Ranked queue
# The queue panel's text. $max_vetoes: how many maps one may veto; $races, $vetoes: lists (or "none").
queue-panel-body =
    Pick a Brood War race, a StarCraft II race, or one of each to play either side, and up to { $max_vetoes } maps you don't want. Then press Join.

    Races: { $races }
    Vetoes: { $vetoes }
# No race picked yet.
queue-none-yet = none yet
# An empty list (no vetoes).
queue-none = none
# The race pickers' placeholders.
queue-bw-placeholder = Brood War race
queue-sc2-placeholder = StarCraft II race
# The map veto picker's placeholder. $max_vetoes is a number.
queue-veto-placeholder = Map vetoes (up to { $max_vetoes })
# The first option of each race picker: no race of that side.
queue-no-bw-race = No Brood War race
queue-no-sc2-race = No StarCraft II race
# A map option's description. $game: BW or SC2; $author: the map maker's name.
queue-map-by = { $game } map by { $author }
# Buttons.
queue-join = Join
queue-leave = Leave
queue-read-guide = I've read the Quick Start Guide

# The searching message (edited every wave).
queue-searching-title = Searching for an opponent
queue-not-queued-title = Not in the queue
# $next_wave is a Discord relative time, e.g. "in 30 seconds".
queue-next-wave = Next matchmaking wave { $next_wave }.
queue-races = Races
queue-vetoes = Vetoes
queue-queued = Queued
# $total players queued: $bw for Brood War only, $sc2 for StarCraft II only, $both for either side.
queue-queued-value = { $total } ({ $bw } Brood War · { $sc2 } StarCraft II · { $both } both)
# $minutes is a whole number.
queue-active = Players active in the last { $minutes } minutes
queue-playing = Matches being played
queue-waiting = Your wait
# $joined is a Discord relative time ("3 minutes ago"); $minutes a whole number.
queue-waiting-value = Since { $joined } ({ $minutes } min so far)
queue-estimate = Estimated wait
# $minutes: the estimate; $basis: how many recent matches it is based on.
queue-estimate-value = About { $minutes } min for players near your MMR in your region (from { $basis } recent matches)
queue-estimate-short = Under a minute for players near your MMR in your region (from { $basis } recent matches)
queue-estimate-unknown = Not enough recent matches to estimate it yet
# The quick-start guide's link under the panel. $url is the guide's address.
queue-quick-start = New players start here: the quick-start guide — { $url }
# The same for a player who has not read it yet; the button is queue-read-guide.
queue-quick-start-needed = **Before your first game**, read the quick-start guide (installing the mod, the lobby settings, sending replays): { $url }
    Then press “I've read the Quick Start Guide”.
