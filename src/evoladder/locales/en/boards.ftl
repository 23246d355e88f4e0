### boards.ftl: /profile (a player's ratings, account status and MMR chart) and /leaderboard (the rankings, their filters and pages).

## Shared by several messages (also used by the match and staff messages)

# A letter rank in bold, e.g. "Rank **S**". $letter is one of S, A, B, C, D, E, F.
boards-rank = Rank **{ $letter }**
# A player or race without a rank (no game in the last weeks).
boards-unranked = Unranked
# A win rate in percent. $percent is a number with one decimal (e.g. 50.0).
boards-win-percent = { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %

## /profile

# The /profile command's description in Discord's command list.
cmd-profile = profile
    .description = Your ratings, ranks and recent results
# /profile by someone who has not registered yet.
boards-profile-not-registered = You are not registered yet: run `/{ cmd-termsofservice }`, then `/{ cmd-setup }`.
# The profile's title when the player has no name yet (after the flag).
boards-profile-unnamed = Unnamed player
# Profile lines. $battletag, $names (alt names, comma-separated), $country, $region: the player's.
boards-profile-battletag = **BattleTag** { $battletag }
boards-profile-alt-names = **Alt names** { $names }
boards-profile-country = **Country** { $country }
boards-profile-region = **Region** { $region }
# A profile value the player has not given (BattleTag, country, region).
boards-profile-not-set = not set
# No alt names.
boards-profile-none = none
# First line of a banned player's profile.
boards-profile-banned-line = ⛔ **Banned from the ladder**
# One window of recent results. $days: 14, 30 or 90; $record: wins-losses-draws, like 3-1-0.
boards-profile-window = { $days } d: { $record }
# A race's first line. $mmr: its rating; $record: wins-losses-draws; $percent: the win rate (boards-win-percent).
boards-profile-race-mmr = MMR **{ $mmr }** · { $record } ({ $percent })
# A race's heading. $race: the race's name; $rank: boards-profile-rank or boards-unranked.
boards-profile-race-name = { $race } — { $rank }
# The rank in a race's heading (no bold there). $letter is S to F.
boards-profile-rank = Rank { $letter }
# When the race was last played. $when is a Discord relative time ("3 days ago").
boards-profile-last-played = Last played { $when }
boards-profile-not-played = Not played yet
# Shown instead of the races when the player has played no game.
boards-profile-no-games-name = No games yet
boards-profile-no-games-value = Queue with `/{ cmd-queue }` to get your first rating.
# Every race together: heading, then the record. $record: wins-losses-draws; $percent: win rate; $games: how many.
boards-profile-overall-name = All races
boards-profile-overall-value =
    { $games ->
        [one] **{ $record }** ({ $percent }) · { $games } game
       *[other] **{ $record }** ({ $percent }) · { $games } games
    }
# The account status field's heading and its lines.
boards-profile-account-name = Account
boards-profile-terms-ok = ✅ Terms of service accepted
boards-profile-terms-missing = ❌ Terms of service not accepted: use `/{ cmd-termsofservice }`
boards-profile-setup-ok = ✅ Setup complete
boards-profile-setup-missing = ❌ Setup not finished: use `/{ cmd-setup }`
boards-profile-not-banned = ✅ In good standing
# $reason is an admin's free text (any language).
boards-profile-banned = ⛔ Banned: { $reason }
boards-profile-banned-no-reason = ⛔ Banned (no reason given): contact an admin
# The account's activation state, written by staff. $activation is their free text.
boards-profile-activation = 🔑 { $activation }
# $left of $per_month match aborts remain; $reset is a Discord relative time ("in 5 days").
boards-profile-aborts =
    { $per_month ->
        [one] { $left } of { $per_month } abort left this month; full again { $reset }
       *[other] { $left } of { $per_month } aborts left this month; full again { $reset }
    }
# The profile's footer. $left is how many aborts remain this month.
boards-profile-footer =
    { $left ->
        [one] { $left } abort left this month
       *[other] { $left } aborts left this month
    }

## The MMR chart under /profile (a picture)

# The chart's title. $name is the player's name (or boards-chart-unnamed).
boards-chart-title = { $name }: MMR over the last 90 days
boards-chart-unnamed = Player
# The vertical axis.
boards-chart-axis = MMR

## /leaderboard

# The /leaderboard command and its options in Discord's command list.
cmd-leaderboard = leaderboard
    .description = The ladder's rankings
cmd-leaderboard-page = page
    .description = Page to show (40 entries a page)
cmd-leaderboard-countries = countries
    .description = Only players from these countries (codes or names, separated by commas)
cmd-leaderboard-races = races
    .description = Only these races (separated by commas)
cmd-leaderboard-rank = rank
    .description = Only this letter rank
cmd-leaderboard-best-only = best_only
    .description = Only each player's best race
cmd-leaderboard-unranked = unranked
    .description = Also list players without a rank (no game in the last weeks), below the ranked ones

# Typed options it could not read. $value is what the player typed.
boards-unknown-country = “{ $value }” is not a country we know; pick one of the suggestions.
boards-unknown-race = “{ $value }” is not a race; pick one of the suggestions.
# $limit is the most countries one may choose at once (20).
boards-too-many-countries = Pick at most { $limit } countries at once.

# The leaderboard's title.
boards-lb-title = Leaderboard
# The footer. $page of $pages; $total rows match; $filters: the filters in words (the boards-lb-filter-* messages, joined by " · ").
boards-lb-footer =
    { $total ->
        [one] Page { $page }/{ $pages } · { $total } entry · { $filters }
       *[other] Page { $page }/{ $pages } · { $total } entries · { $filters }
    }
# No row matches.
boards-lb-empty = No entries match these filters yet.
# The filters in the footer when none is set.
boards-lb-no-filters = ranked players, every race and country
# $races: race names, comma-separated.
boards-lb-filter-races = races: { $races }
# $countries: flags and country codes, comma-separated.
boards-lb-filter-countries = countries: { $countries }
# $letter is S to F.
boards-lb-filter-rank = rank { $letter }
boards-lb-filter-everyone = unranked players included
boards-lb-filter-unranked = unranked players only
boards-lb-filter-best = best race only
# A row of a player without a name. $uid is their Discord id.
boards-lb-unnamed = player { $uid }
# The race filter's placeholder: nothing chosen / $count races chosen.
boards-lb-races-placeholder = Races: every race (pick several)
boards-lb-races-chosen-placeholder = Races: { $count } chosen
# The country filter's placeholder. $first, $last: first letters of the first and last country shown; page $page of $pages.
boards-lb-countries-placeholder = Countries { $first }–{ $last } ({ $page }/{ $pages }; pick several)
boards-lb-countries-none = No countries on the ladder yet
# The rank filter: placeholder and options. $letter is S to F.
boards-lb-rank-placeholder = Rank
boards-lb-rank-ranked = Ranked players (S to F)
boards-lb-rank-letter = Rank { $letter } only
boards-lb-rank-unranked = Unranked players only
boards-lb-rank-everyone = Everyone, unranked players below
# The page-jump select: placeholder, and each option (page $page of $pages).
boards-lb-jump-placeholder = Jump to a page
boards-lb-jump-option = Page { $page } of { $pages }
# Buttons (at most 80 characters).
boards-lb-previous = ◀ Previous
boards-lb-next = Next ▶
# The best-race button: shown while best race only is on / off.
boards-lb-best-on = All races
boards-lb-best-off = Best race only
boards-lb-more-countries = More countries
boards-lb-clear = Clear all filters
