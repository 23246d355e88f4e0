### language.ftl: /language, the player's choice of the language the ladder writes to them in.

# The player typed or picked a language the ladder doesn't have. $language is what they gave.
language-unknown = “{ $language }”不是天梯支持的语言，请从列表中选择。

# The /language command's name and its description in Discord's command list.
cmd-language = 语言
    .description = 选择天梯给你发消息时使用的语言

# The /language answer, above the language picker.
language-prompt = 你希望天梯用哪种语言给你发消息？默认跟随你的 Discord 应用的语言。
# The picker's placeholder.
language-pick = 选择语言
# The first option: no fixed choice, follow Discord's language setting.
language-follow-discord = 我的 Discord 应用的语言
# After a choice. $language is the language's own name (e.g. 한국어).
language-now = 完成：天梯现在会用{ $language }给你发消息。
# After choosing to follow Discord again.
language-now-discord = 完成：天梯现在会使用你的 Discord 应用的语言。
