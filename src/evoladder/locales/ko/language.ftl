### language.ftl: /language, the player's choice of the language the ladder writes to them in.

# The player typed or picked a language the ladder doesn't have. $language is what they gave.
language-unknown = “{ $language }” is not one of the ladder's languages: pick one from the list.

# The /language command's name and its description in Discord's command list.
cmd-language = language
    .description = Choose the language the ladder writes to you in

# The /language answer, above the language picker.
language-prompt = Which language should the ladder write to you in? By default it follows the language of your Discord app.
# The picker's placeholder.
language-pick = Choose a language
# The first option: no fixed choice, follow Discord's language setting.
language-follow-discord = The language of my Discord app
# After a choice. $language is the language's own name (e.g. 한국어).
language-now = Done: the ladder now writes to you in { $language }.
# After choosing to follow Discord again.
language-now-discord = Done: the ladder now writes to you in the language of your Discord app.
