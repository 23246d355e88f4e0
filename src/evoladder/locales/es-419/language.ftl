### language.ftl: /language, the player's choice of the language the ladder writes to them in.

# The player typed or picked a language the ladder doesn't have. $language is what they gave.
language-unknown = “{ $language }” no es uno de los idiomas de la ladder: elige uno de la lista.

# The /language command's name and its description in Discord's command list.
cmd-language = idioma
    .description = Elige el idioma en que te escribe la ladder

# The /language answer, above the language picker.
language-prompt = ¿En qué idioma quieres que te escriba la ladder? Por defecto usa el idioma de tu app de Discord.
# The picker's placeholder.
language-pick = Elige un idioma
# The first option: no fixed choice, follow Discord's language setting.
language-follow-discord = El idioma de mi app de Discord
# After a choice. $language is the language's own name (e.g. 한국어).
language-now = Listo: ahora la ladder te escribe en { $language }.
# After choosing to follow Discord again.
language-now-discord = Listo: ahora la ladder te escribe en el idioma de tu app de Discord.
