### account.ftl: 플레이어 계정 — /termsofservice, /setup, /setcountry, /help, /prune.

## /termsofservice

cmd-termsofservice = 이용약관
    .description = 래더 이용 약관을 읽고 동의해요
account-terms-title = 래더 이용 약관
account-terms-body =
    약관을 읽어 주세요: { $url }

    요약: 공정하게 플레이하고, 본인 계정으로만 플레이하고, 리플레이는 있는 그대로 올리고, 결과는 정직하게 보고해 주세요. 관리자는 결과를 조정할 수 있고 규칙을 어긴 플레이어를 차단할 수 있어요.

    래더에서 플레이하려면 **동의**를 눌러 주세요.
account-terms-accept = 동의
account-terms-decline = 거부
account-terms-accepted = 고마워요, 약관에 동의했어요. 이제 `/{ cmd-setup }`을 실행해서 플레이어 이름, 배틀태그, 국가, 지역을 등록해 주세요.
account-terms-declined = 약관을 거부해서 래더에서 플레이할 수 없어요. 동의하고 싶을 때 언제든 `/{ cmd-termsofservice }`을 다시 실행해 주세요.

## /setup

cmd-setup = 설정
    .description = 플레이어 이름, 배틀태그, 국가, 지역을 등록하거나 바꿔요
account-setup-expired = 이 설정 창은 더 이상 열려 있지 않아요(봇이 다시 시작됐을 수 있어요). `/{ cmd-setup }`을 다시 실행해 주세요.
account-setup-rejected =
    { $problem }

    고치려면 **다시 입력**을 눌러 주세요. 입력한 내용이 그대로 담긴 양식이 다시 열려요.
account-setup-try-again = 다시 입력
account-setup-pick-first = 먼저 국가와 지역을 고른 다음 확인을 눌러 주세요.
account-setup-saved = 저장했어요. 래더에 오신 걸 환영해요, { $name }님! 게임을 찾으려면 `/{ cmd-queue }`을 사용하세요.
account-setup-cancelled = 설정을 취소했어요. 바뀐 것은 없어요.
account-setup-preview-title = 내 래더 등록 정보
account-setup-player-name = 플레이어 이름
account-setup-battletag = 배틀태그
account-setup-alt-names = 부계정 이름
account-setup-country = 국가
account-setup-region = 지역
account-setup-none = 없음
account-setup-country-value = { $flag } { $country }
account-setup-pick-below = 아래에서 선택
account-setup-preview-footer = 사는 곳과 플레이하는 곳을 고른 다음 확인을 눌러 주세요. 국가가 목록에 없나요? 기타 (ZZ)를 고르고 나중에 /setcountry를 사용하세요.
account-setup-country-placeholder = 국가 ({ $first }–{ $last })
account-setup-confirm = 확인
account-setup-restart = 처음부터
account-setup-cancel = 취소
account-setup-form-title = 래더 등록
account-setup-form-player-name = 플레이어 이름 (게임 내 이름)
account-setup-form-battletag = 배틀태그 (Name#1234)
account-setup-form-alt-one = 다른 이름 (선택)
account-setup-form-alt-two = 두 번째 다른 이름 (선택)

## /setcountry

cmd-setcountry = 국가변경
    .description = 이름 옆에 표시되는 국가를 바꿔요
cmd-setcountry-country = 국가
    .description = 국가 이름이나 코드를 입력해 보세요
account-country-field = 국가
account-country-preview = 국가를 바꿀까요? { $old } → { $new }
account-country-not-set = 설정 안 됨
account-country-unchanged = 이미 설정된 국가라서 바꿀 것이 없어요. 현재 국가: { $country }
account-country-confirm = 바꾸기
account-country-cancel = { $old } 유지
account-country-keep-unset = 취소
account-country-changed = 국가를 바꿨어요. 현재 국가: { $country }
account-country-kept = 바뀐 것은 없어요. 현재 국가: { $country }

## /help

cmd-help = 도움말
    .description = 사용할 수 있는 명령어와 빠른 시작 가이드
account-help-title = 할 수 있는 것
account-help-line = `/{ $name }` — { $description }
account-help-start-terms = 처음이신가요? `/{ cmd-termsofservice }`부터 시작한 다음 `/{ cmd-setup }`을 실행하세요. 설정을 마치면 명령어가 더 보여요.
account-help-start-setup = 다음 단계: `/{ cmd-setup }`으로 플레이어 이름, 배틀태그, 국가, 지역을 등록하세요.
account-help-guide = 래더가 처음이라면 [빠른 시작 가이드]({ $url })를 읽어 보세요: 모드, 로비 설정, 리플레이.
account-help-dms = 래더 명령어는 저와의 DM에서 사용할 수 있어요.

## /prune

cmd-prune = 정리
    .description = DM에 있는 제 오래된 메시지를 지워요 (Discord가 느려질 수 있어요)
account-prune-prompt = 이 대화에서 { $age }보다 오래된 제 메시지를 { $count }개 찾았어요. 지울까요? 진행 중인 경기의 메시지와 이 메시지는 남아요. 지우는 데 약 { $seconds }초 걸려요.
account-prune-nothing = 여기에는 { $age }보다 오래된 제 메시지가 없어요. 지울 것이 없어요.
account-prune-confirm = 지우기
account-prune-cancel = 그대로 두기
account-prune-working = 오래된 메시지 { $count }개를 지우는 중…
account-prune-done = 완료: 여기 있던 제 오래된 메시지 { $deleted }개를 지웠어요.
account-prune-done-with-failures = 완료: 여기 있던 제 오래된 메시지 { $deleted }개를 지웠어요. { $failed }개는 지우지 못했어요.
account-prune-cancelled = 아무것도 지우지 않았어요.
account-prune-busy = 이미 오래된 메시지를 지우고 있어요. 끝나면 이 메시지에 알려 드릴게요.
account-prune-not-here = `/{ cmd-prune }`는 저와의 DM에서 사용할 수 있어요.
account-prune-age-minutes = { $minutes }분
account-prune-age-hours = { $hours }시간
