### account.ftl: the player's account — /termsofservice, /setup, /setcountry, /help and /prune.

## /termsofservice

# The /termsofservice command's name and its description in Discord's command list.
cmd-termsofservice = termsofservice
    .description = Read and accept the ladder's terms of service
# The terms message's title.
account-terms-title = Ladder terms of service
# The terms message's text. $url is the address of the full terms.
account-terms-body =
    Please read the terms: { $url }

    In short: play fair, play your own account, upload honest replays and report results truthfully. Admins can adjust results and ban players who break the rules.

    Press **Accept** to play on the ladder.
# The terms message's buttons (the body says "Press **Accept**": keep the two words the same).
account-terms-accept = Accept
account-terms-decline = Decline
# After Accept.
account-terms-accepted = Thank you, the terms are accepted. Next, run `/{ cmd-setup }` to register your player name, BattleTag, country and region.
# After Decline.
account-terms-declined = You declined the terms, so you can't play on the ladder. Run `/{ cmd-termsofservice }` again whenever you want to accept them.

## /setup

# The /setup command's name and its description in Discord's command list (at most 100 characters).
cmd-setup = setup
    .description = Register or change your player name, BattleTag, country, region
# A button or select of an old setup message was used (e.g. after a restart).
account-setup-expired = This setup is no longer open (the bot may have restarted). Please run `/{ cmd-setup }` again.
# A typed value was refused. $problem is the rule's explanation (e.g. the name is not valid).
account-setup-rejected =
    { $problem }

    Press **Try again** to correct it: the form opens again with everything you typed.
# The button under account-setup-rejected (the text says "Press **Try again**": keep them the same).
account-setup-try-again = Try again
# Confirm was pressed before a country and a region were picked.
account-setup-pick-first = Pick your country and your region first, then Confirm.
# After Confirm. $name is the player name just registered.
account-setup-saved = Saved. Welcome to the ladder, { $name }! Use `/{ cmd-queue }` to find a game.
# After Cancel.
account-setup-cancelled = Setup cancelled; nothing was changed.
# The preview's title.
account-setup-preview-title = Your ladder registration
# The preview's field names.
account-setup-player-name = Player name
account-setup-battletag = BattleTag
account-setup-alt-names = Alt names
account-setup-country = Country
# Also the region picker's placeholder.
account-setup-region = Region
# No alternative names given.
account-setup-none = none
# The country field's value. $flag is the country's flag emoji, $country its name.
account-setup-country-value = { $flag } { $country }
# The country or region field before one is picked from the pickers below.
account-setup-pick-below = pick below
# The preview's footer. "Other (ZZ)" is an entry of the country picker; /setcountry is a command.
account-setup-preview-footer = Pick where you live and play from, then Confirm. Country not listed? Pick Other (ZZ) and use /{ cmd-setcountry } afterwards.
# A country picker's placeholder: countries are in pages. $first, $last: the first letters of the page's first and last country.
account-setup-country-placeholder = Country ({ $first }–{ $last })
# The preview's buttons.
account-setup-confirm = Confirm
account-setup-restart = Restart
account-setup-cancel = Cancel
# The setup form (Discord: title and each label at most 45 characters).
account-setup-form-title = Ladder registration
account-setup-form-player-name = Player name (your in-game name)
account-setup-form-battletag = BattleTag (Name#1234)
account-setup-form-alt-one = Alternative name (optional)
account-setup-form-alt-two = Second alternative name (optional)

## /setcountry

# The /setcountry command's name and its description in Discord's command list.
cmd-setcountry = setcountry
    .description = Change the country shown with your name
# The option of /setcountry (its name stays English) and its description.
cmd-setcountry-country = country
    .description = Start typing your country's name or code
# The name of the field in a refusal of the typed text (e.g. "Country contains a control character").
account-country-field = Country
# The preview. $old and $new are countries with flag and code, e.g. "🇰🇷 South Korea (KR)".
account-country-preview = Change your country from { $old } to { $new }?
# In place of $old when no country was set before.
account-country-not-set = not set
# The country typed is the current one. $country as in account-country-preview.
account-country-unchanged = Your country is already { $country }; nothing to change.
# The preview's confirm button.
account-country-confirm = Change it
# The preview's cancel button (at most 80 characters). $old is the current country's code, e.g. KR.
account-country-cancel = Keep { $old }
# The cancel button when no country was set before.
account-country-keep-unset = Cancel
# After Change it. $country as in account-country-preview.
account-country-changed = Your country is now { $country }.
# After the cancel button. $country as in account-country-preview.
account-country-kept = Nothing was changed: your country stays { $country }.

## /help

# The /help command's name and its description in Discord's command list.
cmd-help = help
    .description = The commands you can use, and the quick-start guide
# The help message's title.
account-help-title = What you can do
# One command of the list. $name is the command (stays English), $description what it does.
account-help-line = `/{ $name }` — { $description }
# First line for a player who has not accepted the terms yet.
account-help-start-terms = New here? Start with `/{ cmd-termsofservice }`, then `/{ cmd-setup }`: more commands appear once you are set up.
# First line for a player who accepted the terms but has not run /setup.
account-help-start-setup = Next step: `/{ cmd-setup }` registers your player name, BattleTag, country and region.
# Under the list. $url is the quick-start guide's address (a Markdown link).
account-help-guide = New to the ladder? Read the [quick-start guide]({ $url }): the mod, the lobby settings, replays.
# Under the list.
account-help-dms = Ladder commands work in a direct message with me.

## /prune

# The /prune command's name and its description in Discord's command list.
cmd-prune = prune
    .description = Delete my old messages in our DMs (they can slow Discord down)
# The question before deleting. $count: how many messages; $age: e.g. "3 hours" (account-prune-age-*); $seconds: how long it takes.
account-prune-prompt = I found { $count } of my messages in this chat that are older than { $age }. Delete them? Messages of your open match and this one stay; deleting takes about { $seconds } s.
# Nothing to delete. $age as in account-prune-prompt.
account-prune-nothing = None of my messages here is older than { $age }: there is nothing to delete.
# The question's buttons.
account-prune-confirm = Delete them
account-prune-cancel = Keep them
# While deleting. $count: how many messages.
account-prune-working = Deleting { $count } old messages…
# The report. $deleted: how many were deleted.
account-prune-done = Done: I deleted { $deleted } of my old messages here.
# The report when some failed. $deleted: how many were deleted; $failed: how many could not be.
account-prune-done-with-failures = Done: I deleted { $deleted } of my old messages here; { $failed } could not be deleted.
# After Keep them.
account-prune-cancelled = Nothing was deleted.
# /prune confirmed while the previous one still runs.
account-prune-busy = I am already deleting your old messages; this message will say when it is done.
# /prune outside a direct message.
account-prune-not-here = `/{ cmd-prune }` works in your direct messages with me.
# An age. $minutes, $hours: whole numbers.
account-prune-age-minutes = { $minutes } minutes
account-prune-age-hours = { $hours } hours
