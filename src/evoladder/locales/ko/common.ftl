### common.ftl: 여러 기능에서 함께 쓰는 메시지. 어조: 해요체.

# 이 언어의 이름 (/language 선택 목록에 표시).
language-name = 한국어

# 봇에 버그가 생겼을 때. $ref는 플레이어가 관리자에게 알려 줄 짧은 코드예요.
error-unexpected = 봇에 문제가 생겼어요. 같은 문제가 계속되면 관리자에게 알려 주세요. 참조 코드: { $ref }

# 플레이어의 동작이 아무것도 바꾸지 않았을 때. 다시 해도 안전해요.
nothing-changed-try-again = 바뀐 내용이 없어요. 다시 시도해 주세요.

# 이번 시즌에 남은 경기 취소 횟수. $count는 정수. 한국어는 복수형 구분이 없어서 [other]만 있으면 돼요.
aborts-left =
    { $count ->
        [0] 남은 경기 취소 기회가 없어요.
       *[other] 경기 취소 기회가 { $count }번 남았어요.
    }

# Temporary: text not yet in the catalogs, shown as it is (removed once every message is a key).
raw-text = { $text }
