### language.ftl: /language, the player's choice of the language the ladder writes to them in.

# The player typed or picked a language the ladder doesn't have. $language is what they gave.
language-unknown = «{ $language }» — не один из языков ладдера: выберите язык из списка.

# The /language command's name and its description in Discord's command list.
cmd-language = язык
    .description = Выберите язык, на котором ладдер пишет вам

# The /language answer, above the language picker.
language-prompt = На каком языке ладдеру писать вам? По умолчанию — на языке вашего приложения Discord.
# The picker's placeholder.
language-pick = Выберите язык
# The first option: no fixed choice, follow Discord's language setting.
language-follow-discord = Язык моего приложения Discord
# After a choice. $language is the language's own name (e.g. 한국어).
language-now = Готово: теперь ладдер пишет вам на языке «{ $language }».
# After choosing to follow Discord again.
language-now-discord = Готово: теперь ладдер пишет вам на языке вашего приложения Discord.
