### match.ftl: 매치 성사부터 결과까지 — 경기 메시지와 DM, 수락/취소/결과 보고 버튼, 리플레이 정보, 결과, 실드 배터리 안내, 관리자용 분쟁, 리플레이 업로드 답변.

match-found-title = 매치 성사 · #{ $match_id }
match-found-body =
    랭크 상대가 준비됐어요. 수락 마감: { $confirm_by }. 그때까지 수락하지 않으면 경기가 무효 처리돼요.
    취소하면 취소 가능 횟수가 하나 줄어요. 이번 달 남은 취소 횟수: { $aborts_left }
    두 사람 모두 수락하면 상대가 누구인지 보여 드려요.

match-title = 경기 #{ $match_id }
match-player-1 = 플레이어 1
match-player-2 = 플레이어 2
match-rating-ranked = 랭크 **{ $letter }** · MMR **{ $mmr }**
match-rating-unranked = 랭크 없음 · MMR **{ $mmr }**
match-battletag = 배틀태그 { $battletag }
match-no-battletag = 배틀태그 미설정
match-alt-names = 다른 이름: { $names }
match-prediction = 승률 예측
match-prediction-value = { $name_a } { $chance_a }% · { $name_b } { $chance_b }%
match-map = 맵
match-no-map-link = 이 지역용 링크 없음
match-server = 서버
match-mod = 모드
match-lobby = 로비
match-lobby-value = 채널 `{ $channel }` · 공개 설정 { $privacy } · 속도 { $speed } · 게임 시간 { $duration } · 동맹 { $alliances } · 관전자 { $observers }명
match-alliances-locked = 고정
match-alliances-unlocked = 고정 안 함
match-reports = 결과 보고
match-replays = 리플레이
match-report-win = 이겼어요
match-report-loss = 졌어요
match-report-draw = 무승부
match-report-none = 아직 보고 안 함
match-replay-missing = { $name }: 아직 안 보냄 — 여기로 .SC2Replay 파일을 보내 주세요
match-replay-verified = { $name }: ✅ 확인됨 — { $outcome }
match-replay-unverified = { $name }: ❌ 확인 안 됨 ({ $failed })
match-result = 결과
match-result-completed = { $headline } · { $name_a } { $delta_a } · { $name_b } { $delta_b } MMR
match-result-conflict = 분쟁 중: 관리자가 증거를 보고 결정해요. 아직 MMR은 바뀌지 않았어요.
match-result-ended =
    { $status ->
        [aborted] 결과 없음: 경기가 취소됐어요. MMR은 바뀌지 않았어요.
        [cancelled] 결과 없음: 경기가 무효 처리됐어요. MMR은 바뀌지 않았어요.
        [invalidated] 결과 없음: 경기가 무효화됐어요. MMR은 바뀌지 않았어요.
       *[other] 결과 없음: 경기가 끝났어요. MMR은 바뀌지 않았어요.
    }
match-report-by = 보고 마감
match-report-footer = 게임을 마치면 결과를 보고해 주세요(고른 다음 확인). 리플레이는 여기로 보내 주세요.
match-won = { $name } 승리
match-draw = 무승부

match-details-title-ok = 경기 #{ $match_id } 리플레이 · 확인됨
match-details-title-bad = 경기 #{ $match_id } 리플레이 · 확인 안 됨
match-details-body =
    { $side_a } vs { $side_b }
    승자: { $winner }
    맵: { $map_name }
    시작: { $started }
    게임 시간: { $duration }
    관전자: { $observers }
match-details-settled = 이 리플레이로 두 플레이어의 결과가 확정돼요.
match-details-unsettled = 이 리플레이로는 결과가 확정되지 않아요. 보고 내용과 관리자가 결정해요.
match-no-winner = 기록 없음
match-no-observers = 없음
match-duration = { $minutes }분 { $seconds }초
match-checks = 검사 항목
match-checks-more = 검사 항목(계속)
match-checks-cut = 나머지 검사 항목은 `/admin match`에서 볼 수 있어요.

match-result-title = 경기 #{ $match_id } · { $headline }
match-result-map = 맵: { $map_name }

match-conflict-title = 분쟁 · 경기 #{ $match_id }
match-conflict-report = { $side } 보고: **{ $report }**
match-conflict-no-report = { $side }: 보고 안 함
match-conflict-why = 이유: { $reason }
match-reason-reports-disagree = 두 보고가 서로 달라요
match-reason-report-contradicts-replay = 보고가 확인된 리플레이와 맞지 않아요
match-reason-lone-report-at-deadline = 마감 전에 한 명만 보고했어요
match-conflict-replay = { $name }의 리플레이
match-conflict-no-replay = 보낸 리플레이 없음.
match-conflict-footer = /admin resolve로 결과와 사유를 적어 처리해 주세요.

match-shield-title = 실드 배터리 렉: 게임 전에 꼭 읽어 주세요
match-shield-body =
    이 경기에는 브루드 워 프로토스 플레이어가 있어요. 브루드 워 실드 배터리의 지나치게 큰 스플랫 모델 때문에 심한 렉이 생겨요. 게임 전에 옵션 → 그래픽 → 효과를 낮음으로 설정하거나, 모든 `Variables.txt`에 `splatlod=0`을 넣어 주세요(커뮤니티에서 만든 작은 프로그램이 대신 해 줘요: { $fix_url }). 그런 다음 스타크래프트 II를 다시 시작하세요.
    모드를 battle.net에 다시 올릴 수 있게 되면 이 문제는 사라져요.

match-confirm = 수락
match-abort = 취소
match-abort-unplayed = 취소 (게임 못 함)
match-abort-yes = 네, 취소할게요
match-report-placeholder = 결과 보고하기
match-report-yes = 네, 보고할게요: { $label }
match-understood = 알겠어요
match-confirmed-waiting = 경기 #{ $match_id } 수락 완료. 상대의 수락을 기다리고 있어요.
match-confirmed-both = 두 플레이어가 모두 수락했어요(경기 #{ $match_id }). 경기 정보가 이어서 나와요.
match-abort-question = 경기 #{ $match_id }, 정말 취소할까요? 취소 횟수가 하나 줄고(이번 달 남은 횟수: { $left }) MMR은 바뀌지 않아요. 경기를 계속하려면 이 메시지를 닫으세요.
match-aborted = 경기 #{ $match_id } 취소 완료. 이번 달 남은 취소 횟수: { $left }
match-report-question = 경기 #{ $match_id } 결과로 고른 항목: **{ $label }**. 보고하려면 아래 버튼을 눌러 주세요. 두 결과가 모두 들어오면 바꿀 수 없어요. 다시 고르려면 이 메시지를 닫으세요.
match-reported-waiting = 경기 #{ $match_id } 결과 보고: **{ $label }**. 상대의 보고가 일치하거나 확인된 리플레이가 같은 결과를 보여 주면 인정돼요.
match-reported-completed = 경기 #{ $match_id } 결과 보고: **{ $label }**. 결과가 확정됐어요.
match-reported-conflict = 경기 #{ $match_id } 결과 보고: **{ $label }**. 증거가 서로 맞지 않아서 관리자가 결정할 거예요.
match-acknowledged = 고마워요. 실드 배터리 안내는 다시 보여 드리지 않을게요.

match-confirm-reminder = 알림: 경기 #{ $match_id } 수락 마감 { $deadline }. 그때까지 수락하지 않으면 무효 처리돼요.
match-opponent-confirmed = 상대가 수락했어요(경기 #{ $match_id }). 수락해 주세요.
match-started = 두 플레이어 모두 수락했어요. 게임을 한 다음 결과를 보고하고, 리플레이를 여기로 보내 주세요.
match-opponent-reported = 상대가 경기 #{ $match_id } 결과를 보고했어요: **{ $label }**. 내 결과도 보고해 주세요(리플레이도 보내 주세요).
match-report-reminder = 알림: 경기 #{ $match_id } 결과 보고 마감 { $deadline }.
match-upload-reminder = 경기 #{ $match_id } 결과를 리플레이 없이 보고했어요. 그 게임의 .SC2Replay 파일을 여기로 보내 주세요. 각 플레이어의 리플레이는 경기 증거로 보관돼요.
match-opponent-replay-ok = 상대가 경기 #{ $match_id } 리플레이를 보냈고, 확인됐어요.
match-opponent-replay-bad = 상대가 경기 #{ $match_id } 리플레이를 보냈지만 확인되지 않아서 결과에 반영되지 않아요(관리자는 볼 수 있어요).
match-conflict-reports-disagree = 경기 #{ $match_id } 보고가 서로 달라서 관리자가 증거를 보고 결정할 거예요. 아직 리플레이를 안 보냈다면 지금 보내 주세요.
match-conflict-report-contradicts-replay = 경기 #{ $match_id } 보고 중 하나가 확인된 리플레이와 맞지 않아서 관리자가 증거를 보고 결정할 거예요.
match-conflict-lone-report-at-deadline = 경기 #{ $match_id } 마감 전까지 결과를 보고한 사람이 한 명뿐이에요. 한 명의 보고만으로는 결과가 되지 않아서 관리자가 증거를 보고 결정할 거예요. 리플레이가 있다면 지금 보내 주세요.
match-ended-aborted-by-you = 경기 #{ $match_id } 취소 완료. MMR은 바뀌지 않았어요.
match-ended-aborted-by-opponent = 상대가 경기를 취소했어요(경기 #{ $match_id }). MMR은 바뀌지 않았어요.
match-ended-you-did-not-confirm = 경기 #{ $match_id } 무효: 제시간에 수락하지 않았어요. MMR은 바뀌지 않았고 취소 횟수도 줄지 않았어요.
match-ended-opponent-did-not-confirm = 경기 #{ $match_id } 무효: 상대가 제시간에 수락하지 않았어요. MMR은 바뀌지 않았어요. 다시 찾으려면 `/{ cmd-queue }`을 사용하세요.
match-ended-report-deadline = 경기 #{ $match_id } 종료: 마감 전까지 보고된 결과가 없어요. MMR은 바뀌지 않았어요.
match-ended-other = 경기 #{ $match_id } 종료. MMR은 바뀌지 않았어요.

match-upload-failed = 죄송해요, 리플레이를 확인하는 중에 저희 쪽에서 문제가 생겼고 아무것도 바뀌지 않았어요. 다시 보내 주세요. 계속 이러면 관리자에게 이 참조 코드를 알려 주세요: `{ $ref }`
match-upload-too-fast = 조금 빨라요. { $seconds }초 기다렸다가 리플레이를 다시 보내 주세요.
match-upload-one-per-message = 메시지 하나에 리플레이 하나만 보내 주세요.
match-upload-too-big = 이 파일은 { $size }MB예요. 리플레이는 최대 { $max }MB까지예요. 경기의 .SC2Replay 파일을 보내 주세요.

match-pairing-why = 매칭 이유: MMR 차이 { $gap }(허용 범위 { $window }) · 예상 핑 { $ping_a } / { $ping_b } ms · 기다린 웨이브 { $waves_a } / { $waves_b }
