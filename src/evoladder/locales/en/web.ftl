### web.ftl: the public web leaderboard (/leaderboard): its page, filters, pager and the bad-link page.

# The site's name, the page heading and part of the browser tab title. $mod: the mod's name, e.g. "SC: Evo Complete".
web-site = { $mod } ladder
# The browser tab title of the leaderboard. $site: web-site.
web-title = Leaderboard · { $site }
# The browser tab title of the page for a broken leaderboard link. $site: web-site.
web-bad-title = Bad request · { $site }
# The heading of the page for a broken leaderboard link.
web-problem = That leaderboard link has a problem
# A link back to the leaderboard without any filter, under the problem.
web-whole = Show the whole leaderboard
# The label of the language switch above the leaderboard (read by screen readers).
web-languages = Language

# Tooltip on the "U" rank letter of an entry without a recent game.
web-unranked-title = unranked: no game in the activity window
# Tooltip on a rank letter. $letter: S, A, B, C, D, E or F.
web-rank-title = rank { $letter }
# Tooltip on the flag of a player who set no country.
web-no-country = no country set
# Shown instead of the name of a listed player who has none (should not happen).
web-no-name = (no name)
# The rating's unit after a number, and the column heading.
web-mmr = MMR
# The column heading of wins, losses and draws, e.g. "12-5-1". Keep it short.
web-wld = W-L-D
# The tooltip of that column.
web-wld-title = wins-losses-draws
# Instead of the table when no entry matches.
web-empty = No entries match these filters.
# Column headings (web-rank is also the rank filter's label).
web-rank = Rank
web-player = Player
web-race = Race

# The pager's links to the neighbouring pages.
web-previous = ‹ Previous
web-next = Next ›
# The jump-to-page form. $number: a box to type the page number in; $pages: how many pages there are.
web-jump = Page { $number } of { $pages }
# The jump-to-page form's button.
web-go = Go

# The rank filter's first choice (no rank filter) and its last (entries without a rank).
web-any-rank = Any rank
web-unranked = Unranked
# The race filter's caption (check boxes with the race names).
web-races-legend = Races (none ticked: every race)
# The country filter's caption (a list where several can be picked).
web-countries-label = Countries (none chosen: every country; Ctrl or ⌘ to pick several)
# Check boxes of the filter form.
web-best = Best race only
web-show-unranked = Show unranked players too
# The filter form's button, and the link that removes every filter.
web-apply = Apply
web-clear = Clear all filters
# Above the table. $total: entries matching the filters; $page: the page shown; $pages: how many pages.
web-summary =
    { $total ->
        [one] { $total } entry
       *[other] { $total } entries
    } · page { $page } of { $pages }
# After the summary when races or countries are picked. $filters: their names, comma separated.
web-showing = showing { $filters }
# Below the table: how to read it.
web-legend = One row per player and race. Letter ranks go from S (best) to F among entries with a recent game; U = unranked (no game in the activity window), listed only when asked for. Updated live.
# After the legend. $json: a link to the same data in JSON, its text is web-json.
web-legend-json = The same data as { $json }.
web-json = JSON

# Refusals of a leaderboard link with a value the page can't use, shown on the problem page.
# $name: the parameter as typed (quoted); $known: the parameters there are, comma separated.
web-bad-parameter = Unknown parameter { $name }: use { $known }
# $name: country or race; $max: how many values may be given.
web-bad-too-many = Too many values for { $name }: give at most { $max }.
# $name: the parameter given twice.
web-bad-repeated = The parameter { $name } is given more than once: give it at most once.
# $value: what was given (quoted).
web-bad-country = Unknown country { $value }: use a two-letter ISO 3166-1 code such as KR, DE or US
# $value: what was given (quoted); $races: the race codes, comma separated.
web-bad-race = Unknown race { $value }: use one of { $races }
# $value: what was given (quoted); $ranks: the rank letters; $unranked: the letter for unranked (U).
web-bad-rank = Unknown rank { $value }: use one of { $ranks } ({ $unranked } = unranked)
# $label: web-flag-best or web-flag-unranked; $name: the parameter (best, unranked); $value: what was given (quoted).
web-bad-flag = The { $label } flag ({ $name }) must be 1 or 0 (got { $value })
# The names of the two yes/no filters in web-bad-flag.
web-flag-best = best-race-only
web-flag-unranked = show-unranked
# $value: what was given (quoted).
web-bad-page-number = The page must be a whole number from 1 (got { $value })
# $max: the highest page number accepted; $value: what was given (quoted).
web-bad-page-range = The page must be between 1 and { $max } (got { $value })
