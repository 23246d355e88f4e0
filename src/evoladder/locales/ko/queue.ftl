### queue.ftl: /queue — 종족 선택, 맵 거부, 참가/나가기, 매칭 중 메시지.

cmd-queue = 대기열
    .description = 랭크 게임 대기열에 참가해요

queue-expired = 이 대기열 창은 더 이상 열려 있지 않아요(봇이 다시 시작됐을 수 있어요). `/{ cmd-queue }`을 다시 실행해 주세요.
queue-pick-race = 브루드 워 종족이나 스타크래프트 II 종족, 또는 둘 다 고른 뒤 참가를 눌러 주세요.
queue-left = 대기열에서 나왔어요. 다시 찾으려면 `/{ cmd-queue }`을 사용하세요.
queue-entry-expired = 오래 기다려서 대기열 등록이 만료됐어요. 다시 찾으려면 `/{ cmd-queue }`을 사용하세요.

queue-panel-title = 랭크 대기열
queue-panel-body =
    브루드 워 종족이나 스타크래프트 II 종족을 고르거나, 양쪽 어느 편이든 플레이하려면 하나씩 고르세요. 원하지 않는 맵은 최대 { $max_vetoes }개까지 거부할 수 있어요. 그다음 참가를 눌러 주세요.

    종족: { $races }
    거부한 맵: { $vetoes }
queue-none-yet = 아직 없음
queue-none = 없음
queue-bw-placeholder = 브루드 워 종족
queue-sc2-placeholder = 스타크래프트 II 종족
queue-veto-placeholder = 거부할 맵 (최대 { $max_vetoes }개)
queue-no-bw-race = 브루드 워 종족 없음
queue-no-sc2-race = 스타크래프트 II 종족 없음
queue-map-by = { $game } 맵 · 제작: { $author }
queue-join = 참가
queue-leave = 나가기
queue-read-guide = 빠른 시작 가이드를 읽었어요

queue-searching-title = 상대를 찾는 중
queue-not-queued-title = 대기열에 없음
queue-next-wave = 다음 매칭 시점: { $next_wave }.
queue-races = 종족
queue-vetoes = 거부한 맵
queue-queued = 대기 중
queue-queued-value = { $total }명 (브루드 워 { $bw } · 스타크래프트 II { $sc2 } · 양쪽 { $both })
queue-active = 최근 { $minutes }분 동안 활동한 플레이어
queue-playing = 진행 중인 경기
queue-waiting = 내 대기 시간
queue-waiting-value = { $joined }부터 (지금까지 { $minutes }분)
queue-estimate = 예상 대기 시간
queue-estimate-value = 내 지역에서 MMR이 비슷한 플레이어는 약 { $minutes }분 (최근 경기 { $basis }건 기준)
queue-estimate-short = 내 지역에서 MMR이 비슷한 플레이어는 1분 미만 (최근 경기 { $basis }건 기준)
queue-estimate-unknown = 아직 예상하기에는 최근 경기가 부족해요
queue-quick-start = 처음이라면 여기서 시작하세요: 빠른 시작 가이드 — { $url }
queue-quick-start-needed = **첫 게임 전에** 빠른 시작 가이드(모드 설치, 로비 설정, 리플레이 보내기)를 읽어 주세요: { $url }
    그다음 “빠른 시작 가이드를 읽었어요”를 눌러 주세요.
