### language.ftl: /language, the player's choice of the language the ladder writes to them in.

# The player typed or picked a language the ladder doesn't have. $language is what they gave.
language-unknown = “{ $language }”은(는) 래더에서 지원하는 언어가 아니에요. 목록에서 골라 주세요.

# The /language command's name and its description in Discord's command list.
cmd-language = 언어
    .description = 래더가 메시지를 보낼 언어를 골라요

# The /language answer, above the language picker.
language-prompt = 래더가 어떤 언어로 메시지를 보낼까요? 기본값은 Discord 앱의 언어를 따라요.
# The picker's placeholder.
language-pick = 언어를 골라 주세요
# The first option: no fixed choice, follow Discord's language setting.
language-follow-discord = 내 Discord 앱의 언어
# After a choice. $language is the language's own name (e.g. 한국어).
language-now = 완료: 이제 래더가 { $language }(으)로 메시지를 보내요.
# After choosing to follow Discord again.
language-now-discord = 완료: 이제 래더가 Discord 앱의 언어로 메시지를 보내요.
