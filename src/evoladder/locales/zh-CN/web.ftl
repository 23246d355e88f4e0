### web.ftl：网页排行榜（/leaderboard）——页面、筛选、翻页和链接出错时的提示页。

web-site = { $mod } 天梯
web-title = 排行榜 · { $site }
web-bad-title = 请求有误 · { $site }
web-problem = 这个排行榜链接有问题
web-whole = 查看完整排行榜
web-languages = 语言

web-unranked-title = 未定级：活跃期内没有比赛
web-rank-title = { $letter } 级
web-no-country = 未设置国家/地区
web-no-name = （无名称）
web-mmr = MMR
web-wld = 胜-负-平
web-wld-title = 胜场-负场-平局
web-empty = 没有符合这些筛选条件的条目。
web-rank = 等级
web-player = 玩家
web-race = 种族

web-previous = ‹ 上一页
web-next = 下一页 ›
web-jump = 第 { $number } 页，共 { $pages } 页
web-go = 跳转

web-any-rank = 所有等级
web-unranked = 未定级
web-races-legend = 种族（不勾选：所有种族）
web-countries-label = 国家/地区（不选：所有国家/地区；按住 Ctrl 或 ⌘ 可多选）
web-best = 只看最佳种族
web-show-unranked = 同时显示未定级玩家
web-apply = 应用
web-clear = 清除所有筛选
web-summary = 共 { $total } 条 · 第 { $page } 页，共 { $pages } 页
web-showing = 当前筛选：{ $filters }
web-legend = 每位玩家的每个种族各占一行。近期有比赛的条目按字母等级从 S（最高）到 F 排列；U 表示未定级（活跃期内没有比赛），仅在勾选时列出。实时更新。
web-legend-json = 同样的数据也提供 { $json } 格式。
web-json = JSON

web-bad-parameter = 未知参数 { $name }：可用的参数有 { $known }
web-bad-too-many = { $name } 的值太多：最多 { $max } 个。
web-bad-repeated = 参数 { $name } 出现了多次：只能给一次。
web-bad-country = 未知国家/地区 { $value }：请使用两位字母的 ISO 3166-1 代码，例如 KR、DE 或 US
web-bad-race = 未知种族 { $value }：请使用以下之一：{ $races }
web-bad-rank = 未知等级 { $value }：请使用以下之一：{ $ranks }（{ $unranked } = 未定级）
web-bad-flag = “{ $label }”选项（{ $name }）只能是 1 或 0（收到的是 { $value }）
web-flag-best = 只看最佳种族
web-flag-unranked = 显示未定级玩家
web-bad-page-number = 页码必须是从 1 开始的整数（收到的是 { $value }）
web-bad-page-range = 页码必须在 1 到 { $max } 之间（收到的是 { $value }）
