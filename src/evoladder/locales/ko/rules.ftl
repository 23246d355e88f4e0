### rules.ftl: 래더 규칙이 동작을 거절할 때 — 무엇이 문제였고 대신 무엇을 하면 되는지.

## 거절 메시지에 나오는 입력 항목 이름 ($field).

rules-field-player-name = 플레이어 이름
rules-field-battletag = 배틀태그
rules-field-alt-name = 다른 이름
rules-field-country = 국가
rules-field-region = 지역
rules-field-code = 코드
rules-field-note = 메모
rules-field-reason = 사유
rules-field-player = 플레이어
rules-field-countries = 국가
rules-field-races = 종족

## 받을 수 없는 입력.

rules-text-bad-character = { $field } 항목에 저장할 수 없는 문자가 있어요({ $problem }). 그 문자를 빼고 다시 입력해 주세요.
rules-text-too-long = { $field } 항목이 너무 길어요({ $length }자). 최대 { $max_length }자까지 입력해 주세요.
rules-problem-surrogate = 저장할 수 없는 깨진 문자(짝 없는 서로게이트)
rules-problem-control = 보이지 않는 제어 문자(U+{ $code })
rules-problem-bidi = 보이지 않는 텍스트 방향 표시(U+{ $code })
rules-store-unstorable = 입력에 저장할 수 없는 문자가 있어요({ $problem }). 아무것도 바뀌지 않았어요.
rules-unstorable-nul = NUL 문자
rules-unstorable-surrogate = 짝 없는 서로게이트 문자

## /setup과 이용 약관.

rules-player-name-invalid = 사용할 수 없는 플레이어 이름이에요: “{ $name }”. 공백, 숫자, 기호 없이 라틴 문자(A–Z) 3–12자로, 게임 속 이름과 똑같이 입력해 주세요.
rules-battletag-invalid = 배틀태그 “{ $tag }”의 형식이 올바르지 않아요. Name#1234처럼 1–12자, #, 숫자 3–12자리 순서예요. Battle.net 앱에서 복사할 수 있어요.
rules-alt-name-invalid = 사용할 수 없는 다른 이름이에요: “{ $name }”. 공백이나 기호 없이 글자나 숫자(어떤 문자든) 3–12자로 입력해 주세요.
rules-too-many-alt-names = 다른 이름은 최대 { $max }개까지 등록할 수 있어요.
rules-country-unknown = 알 수 없는 국가 코드예요: “{ $typed }”. 목록에서 국가를 고르거나(KR, US, DE 같은 ISO 코드), XX(국가 대표 안 함) / ZZ(기타)를 입력해 주세요.
rules-region-unknown = 알 수 없는 지역이에요: “{ $typed }”. 다음 중에서 골라 주세요: { $regions }.
rules-name-twice = 같은 이름이 두 번 들어 있어요: “{ $name }”. 플레이어 이름과 다른 이름은 모두 달라야 해요.
rules-name-taken = 이미 다른 플레이어가 등록한 이름이에요: “{ $name }”. 본인 이름이라면 관리자에게 문의해 주세요.
rules-terms-first = 먼저 이용 약관에 동의해 주세요(/{ cmd-termsofservice }).
rules-decline-terms-busy = 약관 동의를 철회하려면 먼저 대기열에서 나오고 진행 중인 경기를 끝내 주세요.

## 대기열.

rules-queue-banned = 래더에서 차단되어 대기열에 참가할 수 없어요.
rules-queue-register-first = 대기열에 참가하기 전에 /termsofservice와 /setup을 마쳐 주세요.
rules-queue-already = 이미 대기열에 있어요.
rules-queue-in-match = 지금 #{ $match_id } 경기 중이에요. 경기를 끝낸 뒤 다시 대기열에 참가해 주세요.
rules-queue-not-queued = 대기열에 있지 않아요.
rules-queue-unknown-race = 알 수 없는 종족이에요: '{ $race }'. 종족 메뉴에서 골라 주세요.
rules-queue-pick-races = 브루드 워 종족 하나, 스타크래프트 II 종족 하나, 또는 양쪽 어느 편이든 플레이하려면 하나씩 골라 주세요.
rules-queue-veto-outside = 이번 시즌 맵 풀에 없는 맵이에요: “{ $map }”. 맵 풀에 있는 맵만 거부할 수 있어요.
rules-queue-too-many-vetoes = 맵은 최대 { $max_vetoes }개까지 거부할 수 있어요.
rules-quick-start-first = 첫 게임 전에 빠른 시작 가이드(위 링크)를 읽고 “빠른 시작 가이드를 읽었어요”를 누른 다음 참가를 눌러 주세요.
rules-notice-unknown = 알 수 없는 안내예요: '{ $notice }'.

## 매칭.

rules-pair-self = 플레이어를 자기 자신과 매칭할 수 없어요.
rules-pair-not-queued = 대기열에 없는 플레이어예요: { $player }.
rules-pair-wrong-race = 플레이어 { $player } 님은 { $race } 종족으로 대기하지 않았어요.
rules-pair-sides = 경기는 브루드 워 종족 하나와 스타크래프트 II 종족 하나의 대결이에요.
rules-pair-entry-changed = 플레이어 { $player } 님이 매칭 계산 중에 대기열 정보를 바꿔서 다음 매칭을 기다려요.
rules-map-not-in-pool = 이번 시즌 맵 풀에 없는 맵이에요: “{ $map }”.
rules-server-unknown = 알 수 없는 서버예요: '{ $server }'.

## 경기 상태 ($status).

rules-status-found = 매칭됨
rules-status-in-progress = 진행 중
rules-status-completed = 완료됨
rules-status-conflict = 결과 분쟁 중
rules-status-aborted = 플레이어가 취소함
rules-status-cancelled = 성립되지 않음
rules-status-invalidated = 무효화됨

## 경기: 확인, 취소, 결과 보고, 리플레이.

rules-not-registered = 아직 등록하지 않았어요. /termsofservice로 시작해 주세요.
rules-not-your-match = #{ $match_id } 경기의 플레이어가 아니에요.
rules-match-unknown = #{ $match_id } 경기는 존재하지 않아요.
rules-confirm-closed = 이 경기는 더 이상 확인할 수 없어요(현재 상태: { $status }).
rules-confirm-already = 이미 이 경기를 확인했어요. 상대를 기다리는 중이에요.
rules-timeout-not-found = 확인되지 않은 경기만 시간 초과될 수 있어요(현재 상태: { $status }).
rules-abort-closed = 이 경기는 더 이상 취소할 수 없어요(현재 상태: { $status }).
rules-abort-reported = 이 경기는 이미 결과가 보고되어 취소할 수 없어요. 대신 결과를 보고하거나 관리자에게 문의해 주세요.
rules-no-aborts-left = 이번 달에 남은 경기 취소 횟수가 없어요(월 { $per_month }회). 매월 1일(UTC)에 초기화돼요. 그때까지는 경기를 플레이하거나 결과를 보고해 주세요.
rules-report-unknown = 알 수 없는 결과예요: '{ $report }'. win, loss, draw 중에서 골라 주세요.
rules-report-unconfirmed = 결과를 보고하려면 먼저 두 플레이어 모두 경기를 확인해야 해요.
rules-report-closed = 이 경기는 더 이상 결과를 보고할 수 없어요(현재 상태: { $status }). 문제가 있다면 관리자에게 문의해 주세요.
rules-report-needs-replay = 이 게임의 리플레이가 확인되면 결과를 보고할 수 있어요. 먼저 여기로 .SC2Replay 파일을 보내고 보고해 주세요.
rules-report-final = 양쪽 결과가 모두 들어와서 바꿀 수 없어요. 필요하면 관리자에게 문의해 주세요.
rules-replay-cannot-settle = 리플레이로 이 경기를 판정할 수 없어요(현재 상태: { $status }).
rules-deadline-not-applicable = 보고 마감 시간이 적용되지 않아요(경기 상태: { $status }).
rules-match-takes-no-replay = #{ $match_id } 경기는 리플레이를 받지 않아요(현재 상태: { $status }). 리플레이는 확인되고 플레이된 경기의 것이어야 해요.
rules-replay-used = 이 리플레이는 이미 #{ $match_id } 경기의 증거예요. 이 게임의 리플레이를 보내 주세요.
rules-replay-no-match = 리플레이를 기다리는 경기가 없어요. 두 플레이어가 경기를 확인한 뒤(분쟁 중이거나 끝난 직후에도) 래더 게임의 리플레이를 보내 주세요.
rules-replay-not-a-replay = 리플레이 파일이 아니에요: “{ $filename }”. 경기의 .SC2Replay 파일을 보내 주세요.
rules-replay-too-big = 이 파일은 { $size } MB예요. 리플레이는 최대 { $max } MB까지예요. 경기의 .SC2Replay 파일을 보내 주세요.
rules-replay-refused = 이 리플레이는 사용할 수 없어요: { $reason }.
rules-replay-match-ended = 그사이에 #{ $match_id } 경기가 끝나서 리플레이를 첨부하지 않았어요.
rules-replay-already-handled = 이 업로드는 이미 처리됐어요.

## 관리자 작업.

rules-resolve-unknown = 알 수 없는 결과예요: '{ $result }'. a, b, draw 중에서 골라 주세요.
rules-resolve-closed = 경기 상태: { $status }. 진행 중이거나 분쟁 중이거나 완료된 경기만 판정할 수 있어요.
rules-resolve-same = 이 경기는 이미 그 결과예요. 바뀌는 게 없어요.
rules-invalidate-already = 이 경기는 이미 무효화됐어요.
rules-admin-no-reason = 사유를 입력해 주세요. 모든 관리자 작업은 사유와 함께 기록돼요.
rules-admin-mmr-bounds = MMR은 { $low }에서 { $high } 사이의 정수여야 해요.
rules-admin-mmr-how = MMR을 바꿀 방법을 골라 주세요: { $choices }.
rules-admin-mmr-amount = 값은 0 이상의 정수여야 해요.
rules-admin-mmr-same = 그러면 MMR이 { $mmr } 그대로예요. 바뀌는 게 없어요.
rules-admin-aborts-bounds = 남은 취소 횟수는 0에서 { $per_month }(월 허용 횟수) 사이의 정수여야 해요.
rules-admin-already-banned = 이 플레이어는 이미 차단됐어요.
rules-admin-not-banned = 이 플레이어는 차단되지 않았어요.
rules-admin-owner-unbannable = 래더 소유자는 차단할 수 없어요.
rules-admin-owner-bans-admins = 관리자는 래더 소유자만 차단할 수 있어요.
rules-admin-owner-unbans-admins = 관리자의 차단은 래더 소유자만 해제할 수 있어요.
rules-admin-already-admin = 이 사용자는 이미 관리자예요.
rules-admin-not-admin = 이 사용자는 관리자가 아니에요.
rules-admin-not-queued = 이 플레이어는 대기열에 없어요.
rules-admin-no-player = 플레이어를 지정해 주세요: 멘션, Discord ID, 플레이어 이름, 배틀태그 또는 다른 이름.
rules-admin-nothing-to-unblock = 이 플레이어는 대기열에도, 진행 중인 경기에도 없어요. 풀어 줄 것이 없어요.
rules-admin-unknown-race = 알 수 없는 종족: { $race }.
rules-admin-never-used = <@{ $discord_uid }> 님은 래더를 사용한 적이 없어요. 변경할 플레이어가 없어요.
rules-admin-only = 래더 관리자만 할 수 있어요.
rules-owner-only = 관리자 관리는 래더 소유자만 할 수 있어요.
rules-no-match = #{ $match_id } 경기는 없어요.
rules-no-player-id = Discord ID { $discord_id }인 플레이어가 없어요. 래더를 사용한 적이 없는 사용자예요.
rules-nobody = “{ $reference }”에 해당하는 플레이어가 없어요. 멘션, Discord ID, 플레이어 이름, 배틀태그 또는 다른 이름으로 지정하거나 추천 목록에서 골라 주세요.
rules-did-you-mean = “{ $reference }”라는 플레이어가 없어요. 혹시 이 플레이어인가요: { $candidates }?
rules-ambiguous = “{ $reference }”에 해당하는 플레이어가 { $count }명이에요: { $candidates }. 추천 목록에서 고르거나 Discord ID를 사용해 주세요.
rules-candidate = { $name } ({ $battletag }, ID { $discord_id })
rules-no-battletag = 배틀태그 없음
rules-unknown-name = 미등록
rules-list-join = { $first }; { $rest }

## 액세스 코드(초대제 시즌).

rules-access-not-a-code = 액세스 코드가 아니에요: “{ $typed }”. 코드는 ABCD-EFGH 형식이에요.
rules-access-uses = 사용 횟수는 1에서 { $max_uses } 사이의 정수여야 해요.
rules-access-validity = 유효 기간은 1에서 { $max_days }일 사이의 정수여야 해요.
rules-access-already-activated = 이미 액세스가 활성화되어 있어요. 다른 코드는 필요 없어요.
rules-access-withdrawn = 관리자가 회수한 코드예요: { $code }. 관리자에게 새 코드를 요청해 주세요.
rules-access-expired = 만료된 코드예요: { $code }. 관리자에게 새 코드를 요청해 주세요.
rules-access-used-up =
    { $uses_allowed ->
        [1] 이미 한도인 1회를 사용한 코드예요: { $code }. 관리자에게 새 코드를 요청해 주세요.
       *[other] 이미 한도인 { $uses_allowed }회를 모두 사용한 코드예요: { $code }. 관리자에게 새 코드를 요청해 주세요.
    }
rules-access-no-note = 코드를 누구에게 주는지 적어 주세요. 모든 관리자 작업은 사유와 함께 기록돼요.
rules-access-exists = 이미 있는 코드예요: { $code }. 다른 코드를 만들어 주세요.
rules-access-unknown-for-player = 없는 액세스 코드예요: { $code }. 코드를 확인하거나 관리자에게 요청해 주세요.
rules-access-unknown = 없는 액세스 코드예요: { $code }.
rules-access-withdrawn-already = 이미 회수된 코드예요: { $code }.
rules-access-open-season = 이번 시즌은 누구나 참가할 수 있어서 코드가 필요 없어요. `/{ cmd-setup }`으로 시작해 주세요.

## 저장.

rules-store-not-saved = 지금은 래더가 저장할 수 없어요. 아무것도 바뀌지 않았어요. 몇 분 뒤에 다시 시도해 주세요.
rules-store-closing = 래더가 종료되는 중이에요. 잠시 뒤에 다시 시도해 주세요. 아무것도 바뀌지 않았어요.
