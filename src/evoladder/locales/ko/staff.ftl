### staff.ftl: 운영진 도구 — /admin(경기 케이스, 현황, 분쟁, 접근 코드, 플레이어 조치), 관리자 채널의 운영 피드, 관리자가 조치했을 때 플레이어에게 가는 안내, /activate.

## /activate

staff-activated = 이용이 활성화됐어요(접근 코드: { $code }). 다음 단계: `/{ cmd-setup }`으로 등록한 뒤 `/{ cmd-queue }`을 사용하세요.

## 관리자 조치 후 플레이어에게 보내는 DM

staff-dm-banned = 관리자가 래더 이용을 정지했어요. 사유: { $reason }
    착오라고 생각되면 관리자에게 문의해 주세요.
staff-dm-unbanned = 관리자가 이용 정지를 해제했어요. 이제 다시 래더를 이용할 수 있어요. 사유: { $reason }
staff-dm-mmr = 관리자가 { $race } MMR을 변경했어요: { $before } → **{ $after }** ({ $delta }). 사유: { $reason }
staff-dm-removed = 관리자가 대기열에서 내보냈어요. 사유: { $reason }
    다시 찾으려면 `/{ cmd-queue }`을 사용하세요.
staff-dm-cleared = 관리자가 대기열을 비워서 매칭 찾기가 중단됐어요. 사유: { $reason }
    다시 찾으려면 `/{ cmd-queue }`을 사용하세요.
staff-dm-aborts = 관리자가 이번 달 취소 횟수를 설정했어요. 남은 횟수: { $left }회. 사유: { $reason }
staff-dm-resolved = 관리자가 #{ $match_id } 경기의 결과를 판정했어요: { $result }.
staff-dm-corrected = 관리자가 #{ $match_id } 경기의 결과를 정정했어요: { $result } (이전: { $previous }).
staff-dm-invalidated = 관리자가 #{ $match_id } 경기를 무효 처리했어요. 이 경기의 결과는 반영되지 않아요.
staff-dm-invalidated-open = 관리자가 #{ $match_id } 경기를 무효 처리해서 경기가 종료됐어요. MMR 변동은 없어요.
staff-dm-your-mmr = 내 { $race } MMR: { $before } → **{ $after }** ({ $delta }).
staff-dm-rederived = 이 경기 이후의 경기 { $count }건이 다시 계산됐어요.
staff-dm-reason = 사유: { $reason }
staff-dm-knock-on-resolved = 관리자가 상대 중 한 명의 이전 경기인 #{ $match_id } 경기를 정정해서, 이후 내 경기 결과가 다시 계산됐어요.
staff-dm-knock-on-invalidated = 관리자가 상대 중 한 명의 이전 경기인 #{ $match_id } 경기를 무효 처리해서, 이후 내 경기 결과가 다시 계산됐어요.
staff-dm-winner = { $name } 승리
staff-dm-draw = 무승부
staff-dm-no-result = 결과 없음

## 운영 피드

staff-feed-completed = ✅ #{ $match_id } 경기 종료: { $result } · { $a } { $race_a } { $move_a } · { $b } { $race_b } { $move_b }
staff-feed-move = { $before }→{ $after }
staff-feed-aborted = ↩️ #{ $match_id } 경기 취소 (취소한 사람: { $blame }) · { $a } vs { $b }
staff-feed-abandoned-confirm = ⌛ #{ $match_id } 경기 무산: 수락하지 않음 — { $blame } · { $a } vs { $b }
staff-feed-abandoned-report = ⌛ #{ $match_id } 경기 무산: 보고 마감까지 결과 없음 · { $a } vs { $b }
staff-feed-dispute = { $ping }⚠️ #{ $match_id } 경기 분쟁 · { $a } vs { $b } · `/admin match { $match_id }`에서 확인하세요
staff-feed-resolved = ⚖️ #{ $match_id } 경기 판정 (관리자: { $admin }): { $result }. { $rederived }사유: { $reason }
staff-feed-invalidated = 🚫 #{ $match_id } 경기 무효 처리 (관리자: { $admin }). { $rederived }사유: { $reason }
staff-feed-rederived = 이후 경기 { $count }건 재계산.{ " " }
staff-feed-banned = ⛔ 이용 정지: { $player } (관리자: { $admin }). 사유: { $reason }
staff-feed-unbanned = ✅ 이용 정지 해제: { $player } (관리자: { $admin }). 사유: { $reason }
staff-feed-health-raised = 🚨 상태 이상: { $detail }
staff-feed-health-cleared = ✅ 상태 복구 ({ $condition }). 이전 문제: { $detail }
staff-feed-somebody = 한 플레이어

## 공통

staff-player = { $name } (`{ $discord_id }`)
staff-winner = { $name } 승리
staff-draw = 무승부
staff-mmr-line = { $player } { $race }: { $before } → **{ $after }** ({ $delta })
staff-duration-seconds = { $s }초
staff-duration-minutes = { $m }분
staff-duration-hours = { $h }시간 { $mm }분
staff-duration-days = { $d }일 { $h }시간

## 확인 단계

staff-ask = { $description }
    진행할까요?
staff-done = 완료: { $done }
staff-cancelled = 취소했어요. 아무것도 바뀌지 않았어요.
staff-expired = 이 관리자 조치는 더 이상 대기 중이 아니에요(봇이 다시 시작됐을 수 있어요). 명령어를 다시 실행해 주세요.
staff-confirm = 확인
staff-cancel = 취소

## 플레이어 조치

staff-ask-mmr = 변경: { $line }. 사유: { $reason }
staff-done-mmr = { $line }.
staff-ask-ban = 이용 정지: { $player } — 해제될 때까지 래더를 이용할 수 없고 대기열에서도 빠져요. 사유: { $reason }
staff-done-ban = 이용을 정지했어요: { $player }
staff-ask-unban = 이용 정지 해제: { $player }. 사유: { $reason }
staff-done-unban = 이용 정지를 해제했어요: { $player }
staff-ask-aborts = 이번 달 남은 취소 횟수 설정: { $player } — { $before } → **{ $after }**. 사유: { $reason }
staff-done-aborts = 이번 달 남은 취소 횟수를 { $left }회로 설정했어요: { $player }
staff-ask-remove-queue = 대기열에서 내보내기: { $player }. 사유: { $reason }
staff-done-remove-queue = 대기열에서 내보냈어요: { $player }
staff-ask-unblock = 막힘 해제: { $player } — 대기열에서 빼고, 진행 중인 경기가 있으면 무효 처리해요. 사유: { $reason }
staff-done-unblock-queue = 대기열에서 내보냈어요: { $player }
staff-done-unblock-match = #{ $match_id } 경기를 무효 처리했어요({ $player }).
staff-ask-clear-queue = 대기열 전체 비우기 (현재 { $count }명). 사유: { $reason }
staff-done-clear-queue = 대기열을 비웠어요 ({ $count }명 제외).
staff-ask-add-admin = 관리자로 지정: { $player }
staff-done-add-admin = 관리자로 지정했어요: { $player }
staff-ask-remove-admin = 관리자 권한 해제: { $player }. 사유: { $reason }
staff-done-remove-admin = 관리자 권한을 해제했어요: { $player }
staff-unknown-race = 종족 이름이 아니에요: “{ $typed }”. 추천 목록에서 골라 주세요.

## 접근 코드

staff-ask-create-code = 접근 코드 만들기: 플레이어 { $uses }명, { $days }일 동안 유효. 대상: { $note }
staff-done-create-code = 접근 코드 **{ $code }** 생성: 사용 { $uses }회, 만료 { $expires }. 플레이어에게 전달하면 `/{ cmd-activate } { $code }`를 입력하면 돼요.
staff-ask-revoke-code = 접근 코드 { $code } 회수 (사용 { $uses }/{ $allowed }). 사유: { $reason }
staff-done-revoke-code = 코드를 회수했어요: { $code } (사용 { $uses }회, 이미 사용한 플레이어는 계속 이용할 수 있어요).
staff-open-mode = 참고: 이번 시즌은 공개(EVOLADDER_ACCESS=open)라서 code로 바꾸기 전까지는 코드가 필요 없어요.

## 경기 케이스 (/admin match)

staff-case-title = #{ $match_id } 경기 · { $status }
staff-case-description = 맵 **{ $map }** · 서버 { $server } · 생성 { $created }
    수락: { $confirmed } · 종료: { $ended }
    결과: **{ $result }** ({ $end_reason })
staff-not-yet = 아직 아님
staff-no-result = 아직 없음
staff-side-title = 플레이어 { $n }
staff-side = { $flag } **{ $name }** · { $race }
staff-side-mmr-moved = MMR { $before } → **{ $after }** ({ $delta })
staff-side-mmr = MMR { $mmr } (경기 전)
staff-side-report = 보고: **{ $report }** { $when }
staff-side-no-report = 보고 없음
staff-report-win = 승리
staff-report-loss = 패배
staff-report-draw = 무승부
staff-replay-title = 리플레이 { $n } · 보낸 사람 { $uploader } { $when }
staff-replay-verified = ✅ 검증됨: 실패한 검사가 없어요.
staff-replay-not-verified = ❌ 검증되지 않았어요: 검사 { $failed }개가 실패했어요.
staff-replay-file = 첨부 파일: `{ $filename }`.
staff-replay-missing = 저장소에 파일이 없어요.
staff-replay-too-big = 파일이 너무 커서 여기에 첨부할 수 없어요 ({ $size } MB).
staff-no-replay = 업로드된 리플레이가 없어요.
staff-check = { $icon } { $check }: { $reason }
staff-case-footer = 버튼으로 판정하세요. 각 버튼은 사유를 묻고 확인을 받아요. 기록은 JSON으로 첨부돼 있어요.
staff-winner-button = 승자: { $name }
staff-draw-button = 무승부
staff-void-button = 무효 처리
staff-reason-title = #{ $match_id } 경기 판정 사유
staff-reason-label = 사유 (플레이어에게 보여요)
staff-ask-resolve = #{ $match_id } 경기 판정: { $result }. 사유: { $reason }
staff-ask-correct = #{ $match_id } 경기 정정: { $result } (이전: { $previous }). 두 플레이어의 이후 경기가 다시 계산돼요. 사유: { $reason }
staff-ask-invalidate = #{ $match_id } 경기 무효 처리. 사유: { $reason }
staff-no-mmr-change = MMR 변동은 없어요.
staff-done-resolve = #{ $match_id } 경기를 판정했어요: { $result }.
staff-done-invalidate = #{ $match_id } 경기를 무효 처리했어요.
staff-rederived = 이후 경기 { $count }건을 다시 계산했어요.
staff-more-shifts = … 외 { $count }건의 레이팅 변동.
staff-unknown-decision = 알 수 없는 판정 '{ $decision }'.

## 현황·분쟁·코드 목록

staff-snapshot-title = 래더 현황 · { $page }/{ $pages }쪽
staff-disputes-title = 진행 중인 분쟁 (오래된 순) · { $page }/{ $pages }쪽
staff-codes-title = 접근 코드 (최신 순) · { $page }/{ $pages }쪽
staff-previous = ◀ 이전
staff-next = 다음 ▶
staff-queue-header = **대기열** · { $total }명 (BW { $bw } · SC2 { $sc2 } · 양쪽 { $both })
staff-queue-line = { $name } · { $races } · 대기 { $wait }
staff-race-standing = { $race }: { $rank }, MMR { $mmr }
staff-rank = **{ $letter }** 랭크
staff-unranked = 랭크 없음
staff-running-header = **진행 중** · { $count }
staff-running-line = #{ $match_id } { $a } vs { $b } · { $status } · { $age } 경과
staff-disputes-header = **분쟁** · { $count }
staff-dispute-line = #{ $match_id } { $a } vs { $b } · { $age } 대기 중 ({ $reason })
staff-health-line = **상태** · 데이터베이스 { $database }, 미전송 { $backlog }건 (가장 오래된 것 { $oldest }) · 리플레이 워커 { $alive }/{ $expected } · 메모리 { $rss_mb } MB
staff-last-error = 마지막 전송 오류: { $error }
staff-reachable = 연결됨
staff-unreachable = 연결 안 됨
staff-none = 없음
staff-no-disputes = 진행 중인 분쟁이 없어요.
staff-no-codes = 아직 접근 코드가 없어요. `/admin code_create`로 만들어 보세요.
staff-code-line = `{ $code }` · { $status } · 사용 { $uses }/{ $allowed } · 만료 { $expires } · { $note }
staff-code-users = ↳ 사용한 사람: { $users }
staff-code-active = 사용 가능
staff-code-expired = 만료됨
staff-code-used-up = 모두 사용됨
staff-code-withdrawn = 회수됨

## 슬래시 명령어 (이름은 영어 그대로, 설명만 번역)

cmd-activate = 활성화
    .description = 접근 코드로 이번 시즌 이용을 활성화해요
cmd-activate-code = 코드
    .description = 관리자에게 받은 코드 (예: ABCD-EFGH)
cmd-admin = admin
    .description = 래더 관리
cmd-admin-player = player
    .description = 플레이어 프로필
cmd-admin-adjust-mmr = adjust_mmr
    .description = 한 종족의 플레이어 MMR을 설정하거나 올리거나 내려요
cmd-admin-how = how
    .description = set: 입력한 값으로 설정, add / subtract: 입력한 값만큼 더하기 / 빼기
cmd-admin-ban = ban
    .description = 플레이어의 래더 이용을 정지해요
cmd-admin-unban = unban
    .description = 플레이어의 이용 정지를 해제해요
cmd-admin-reset-aborts = reset_aborts
    .description = 플레이어의 이번 달 남은 취소 횟수를 설정해요
cmd-admin-aborts-left = aborts_left
    .description = 이번 달 남은 취소 횟수 (기본값: 월 최대 횟수)
cmd-admin-remove-queue = remove_queue
    .description = 플레이어를 대기열에서 내보내요
cmd-admin-unblock = unblock
    .description = 막힌 플레이어를 풀어 줘요 (대기열 등록과 진행 중인 경기)
cmd-admin-clear-queue = clear_queue
    .description = 대기열 전체를 비워요
cmd-admin-add-admin = add_admin
    .description = 플레이어를 래더 관리자로 지정해요
cmd-admin-remove-admin = remove_admin
    .description = 플레이어의 관리자 권한을 해제해요
cmd-admin-match = match
    .description = 경기의 모든 정보: 보고, 리플레이, 기록. 여기서 판정도 해요
cmd-admin-resolve = resolve
    .description = 경기 결과를 판정해요 (a: 플레이어 1, b: 플레이어 2)
cmd-admin-invalidate = invalidate
    .description = 경기를 무효 처리해요 (종료된 경기는 MMR이 되돌려져요)
cmd-admin-code-create = code_create
    .description = 비공개 시즌용 접근 코드를 만들어요
cmd-admin-uses = uses
    .description = 사용할 수 있는 플레이어 수 (1: 1회용)
cmd-admin-valid-days = valid_days
    .description = 만료까지 남은 일수
cmd-admin-note = note
    .description = 누구를 위한 코드인지 (코드와 감사 기록에 남아요)
cmd-admin-codes = codes
    .description = 접근 코드: 사용 횟수, 만료, 사용한 사람
cmd-admin-code-revoke = code_revoke
    .description = 접근 코드를 회수해요
cmd-admin-snapshot = snapshot
    .description = 대기 중인 플레이어, 진행 중인 경기, 분쟁, 시스템 상태
cmd-admin-disputes = disputes
    .description = 진행 중인 분쟁 (오래된 순, 경과 시간 포함)

## 경기 상태와 종료 사유

staff-status-found = 수락 대기
staff-status-in-progress = 진행 중
staff-status-completed = 종료
staff-status-conflict = 분쟁
staff-status-aborted = 취소됨
staff-status-cancelled = 무산
staff-status-invalidated = 무효
staff-end-aborted = 취소
staff-end-admin-invalidated = 관리자 무효 처리
staff-end-admin-resolved = 관리자 판정
staff-end-confirm-timeout = 수락 시간 초과
staff-end-lone-report-at-deadline = 마감까지 한쪽만 보고
staff-end-replay = 리플레이로 확정
staff-end-report-contradicts-replay = 보고가 리플레이와 다름
staff-end-report-deadline-no-report = 마감까지 보고 없음
staff-end-reports-agree = 보고 일치
staff-end-reports-disagree = 보고 불일치

staff-pairing = 매칭 이유
staff-pairing-value =
    MMR 차이 { $gap }(허용 범위 { $window }) → MMR 항 { $mmr_term }
    예상 핑 { $ping_a } / { $ping_b } ms → 핑 항 { $ping_term }
    대기 보정 −{ $credit }(기다린 웨이브 { $waves_a } / { $waves_b })
    매칭 비용 { $total }(웨이브는 총비용이 가장 낮은 매칭을 만들어요)
