### web.ftl: 웹 리더보드(/leaderboard) — 페이지, 필터, 페이지 이동, 잘못된 링크 안내.

web-site = { $mod } 래더
web-title = 리더보드 · { $site }
web-bad-title = 잘못된 요청 · { $site }
web-problem = 리더보드 링크에 문제가 있어요
web-whole = 전체 리더보드 보기
web-languages = 언어

web-unranked-title = 등급 없음: 활동 기간 안에 치른 게임이 없어요
web-rank-title = { $letter } 등급
web-no-country = 국가 미설정
web-no-name = (이름 없음)
web-mmr = MMR
web-wld = 승-패-무
web-wld-title = 승-패-무승부
web-empty = 이 필터에 맞는 항목이 없어요.
web-rank = 등급
web-player = 플레이어
web-race = 종족

web-previous = ‹ 이전
web-next = 다음 ›
web-jump = { $number } / { $pages } 페이지
web-go = 이동

web-any-rank = 모든 등급
web-unranked = 등급 없음
web-races-legend = 종족 (선택하지 않으면 모든 종족)
web-countries-label = 국가 (선택하지 않으면 모든 국가, 여러 개를 고르려면 Ctrl 또는 ⌘)
web-best = 최고 종족만
web-show-unranked = 등급 없는 플레이어도 보기
web-apply = 적용
web-clear = 필터 모두 지우기
web-summary = 항목 { $total }개 · { $page } / { $pages } 페이지
web-showing = 표시 중: { $filters }
web-legend = 플레이어와 종족마다 한 줄이에요. 최근에 게임한 항목은 S(최고)부터 F까지 등급이 매겨지고, U는 등급 없음(활동 기간 안에 치른 게임 없음)으로 요청할 때만 보여요. 실시간으로 갱신돼요.
web-legend-json = 같은 데이터를 { $json } 형식으로도 볼 수 있어요.
web-json = JSON

web-bad-parameter = 알 수 없는 매개변수예요: { $name }. 사용할 수 있는 매개변수: { $known }
web-bad-too-many = { $name } 값이 너무 많아요. 최대 { $max }개까지 지정해 주세요.
web-bad-repeated = { $name } 매개변수가 여러 번 들어 있어요. 한 번만 지정해 주세요.
web-bad-country = 알 수 없는 국가예요: { $value }. KR, DE, US처럼 두 글자 ISO 3166-1 코드를 써 주세요
web-bad-race = 알 수 없는 종족이에요: { $value }. 다음 중 하나를 써 주세요: { $races }
web-bad-rank = 알 수 없는 등급이에요: { $value }. 다음 중 하나를 써 주세요: { $ranks } ({ $unranked } = 등급 없음)
web-bad-flag = ‘{ $label }’ 옵션({ $name }) 값은 1 또는 0이어야 해요 (입력값: { $value })
web-flag-best = 최고 종족만
web-flag-unranked = 등급 없는 플레이어도 보기
web-bad-page-number = 페이지는 1 이상의 정수여야 해요 (입력값: { $value })
web-bad-page-range = 페이지는 1부터 { $max }까지여야 해요 (입력값: { $value })
