### rules.ftl：天梯规则拒绝某个操作时 —— 哪里有问题，以及该怎么做。

## 拒绝消息中提到的输入项名称（$field）。

rules-field-player-name = 玩家名
rules-field-battletag = 战网昵称
rules-field-alt-name = 备用名
rules-field-country = 国家/地区
rules-field-region = 服务器区域
rules-field-code = 邀请码
rules-field-note = 备注
rules-field-reason = 原因
rules-field-player = 玩家
rules-field-countries = 国家/地区
rules-field-races = 种族

## 无法接受的输入。

rules-text-bad-character = { $field }中含有{ $problem }：请去掉它后重新输入。
rules-text-too-long = { $field }太长了（{ $length } 个字符）：最多 { $max_length } 个字符。
rules-problem-surrogate = 无法保存的损坏字符（孤立的代理项）
rules-problem-control = 不可见的控制字符（U+{ $code }）
rules-problem-bidi = 不可见的文字方向标记（U+{ $code }）
rules-store-unstorable = 这段文字含有{ $problem }，无法保存；没有做任何更改。
rules-unstorable-nul = NUL 字符
rules-unstorable-surrogate = 孤立的代理项字符

## /setup 和服务条款。

rules-player-name-invalid = 玩家名“{ $name }”无效：请使用 3–12 个拉丁字母（A–Z），不含空格、数字或符号 —— 与你的游戏内名字完全一致。
rules-battletag-invalid = 战网昵称“{ $tag }”无效：格式类似 Name#1234 —— 1–12 个字符，然后是 #，再是 3–12 位数字。你可以从战网客户端复制。
rules-alt-name-invalid = 备用名“{ $name }”无效：请使用 3–12 个字母或数字（任何文字均可），不含空格或符号。
rules-too-many-alt-names = 最多只能填写 { $max } 个备用名。
rules-country-unknown = “{ $typed }”不是我们认识的国家代码。请从列表中选择你的国家（如 KR、US、DE 等 ISO 代码），或选择 XX（不代表任何国家）/ ZZ（其他）。
rules-region-unknown = “{ $typed }”不是我们认识的区域。请从以下选项中选择：{ $regions }。
rules-name-twice = “{ $name }”出现了两次：你的玩家名和备用名必须互不相同。
rules-name-taken = “{ $name }”已被其他玩家注册。如果这是你的名字，请联系管理员。
rules-terms-first = 请先接受服务条款（/{ cmd-termsofservice }）。
rules-decline-terms-busy = 拒绝服务条款前，请先离开队列并打完你的比赛。

## 排队。

rules-queue-banned = 你已被天梯封禁，无法排队。
rules-queue-register-first = 排队前请先完成 /{ cmd-termsofservice } 和 /{ cmd-setup }。
rules-queue-already = 你已经在队列中了。
rules-queue-in-match = 你正在进行第 #{ $match_id } 场比赛：请打完后再排队。
rules-queue-not-queued = 你不在队列中。
rules-queue-unknown-race = 未知种族“{ $race }”：请从种族菜单中选择。
rules-queue-pick-races = 请选择一个母巢之战种族、一个星际争霸 II 种族，或各选一个以便打任意一边。
rules-queue-veto-outside = “{ $map }”不在本赛季地图池中：只能否决地图池里的地图。
rules-queue-too-many-vetoes = 最多只能否决 { $max_vetoes } 张地图。
rules-quick-start-first = 第一场比赛前，请先阅读快速入门指南（上面的链接），点“我已阅读快速入门指南”，然后再点“加入”。
rules-notice-unknown = 未知通知“{ $notice }”。

## 配对。

rules-pair-self = 玩家不能和自己配对。
rules-pair-not-queued = 玩家 { $player } 不在队列中。
rules-pair-wrong-race = 玩家 { $player } 没有以 { $race } 排队。
rules-pair-sides = 一场比赛是一个母巢之战种族对一个星际争霸 II 种族。
rules-pair-entry-changed = 玩家 { $player } 在本轮匹配计算期间修改了排队信息，将等待下一轮。
rules-map-not-in-pool = “{ $map }”不在本赛季地图池中。
rules-server-unknown = 未知服务器“{ $server }”。

## 比赛状态（$status）。

rules-status-found = 已匹配
rules-status-in-progress = 进行中
rules-status-completed = 已完成
rules-status-conflict = 结果有争议
rules-status-aborted = 已被玩家取消
rules-status-cancelled = 已撤销
rules-status-invalidated = 已作废

## 比赛：确认、中止、报告结果、录像。

rules-not-registered = 你还没有注册：请使用 /{ cmd-termsofservice } 开始。
rules-not-your-match = 你不是第 #{ $match_id } 场比赛的选手。
rules-match-unknown = 第 #{ $match_id } 场比赛不存在。
rules-confirm-closed = 这场比赛已经无法确认（当前状态：{ $status }）。
rules-confirm-already = 你已经确认了这场比赛，正在等待对手。
rules-timeout-not-found = 只有未确认的比赛才会超时（当前状态：{ $status }）。
rules-abort-closed = 这场比赛已经无法取消（当前状态：{ $status }）。
rules-abort-reported = 这场比赛已经有人报告了结果，因此无法取消；请改为报告你的结果，或联系管理员。
rules-no-aborts-left = 你本月的取消对局次数已用完（每月 { $per_month } 次）。次数会在每月 1 日（UTC）重置；在此之前，请打完比赛或报告结果。
rules-report-unknown = 未知的报告“{ $report }”：请选择 win、loss 或 draw。
rules-report-unconfirmed = 双方都确认比赛后才能报告结果。
rules-report-closed = 这场比赛的状态是{ $status }，已不能再报告结果。如果有问题，请联系管理员。
rules-report-needs-replay = 你的这局录像通过验证后才能报告结果：请先把 .SC2Replay 文件发到这里，然后再报告。
rules-report-final = 双方结果都已提交，不能再更改。如有需要，请联系管理员。
rules-replay-cannot-settle = 录像无法判定这场比赛（当前状态：{ $status }）。
rules-deadline-not-applicable = 报告截止时间不适用（比赛状态：{ $status }）。
rules-match-takes-no-replay = 第 #{ $match_id } 场比赛的状态是{ $status }，不接受录像（录像必须属于已确认并已进行的比赛）。
rules-replay-used = 这个录像已经是第 #{ $match_id } 场比赛的证据；请发送这局比赛的录像。
rules-replay-no-match = 你没有等待录像的比赛。请在双方确认比赛后（比赛有争议时或刚结束不久也可以）发送天梯比赛的录像。
rules-replay-not-a-replay = “{ $filename }”不是录像：请发送你比赛的 .SC2Replay 文件。
rules-replay-too-big = 这个文件有 { $size } MB；录像最大 { $max } MB。请发送你比赛的 .SC2Replay 文件。
rules-replay-refused = 这个录像无法使用：{ $reason }。
rules-replay-match-ended = 第 #{ $match_id } 场比赛在此期间已经结束；录像没有被附加。
rules-replay-already-handled = 这次上传已经处理过了。

## 管理员操作。

rules-resolve-unknown = 未知结果“{ $result }”：请选择 a、b 或 draw。
rules-resolve-closed = 比赛状态是{ $status }；只有进行中、有争议或已完成的比赛才能裁定。
rules-resolve-same = 这场比赛已经是这个结果了，不会有任何变化。
rules-invalidate-already = 这场比赛已经作废。
rules-admin-no-reason = 请填写原因：每个管理员操作都会连同原因一起记录。
rules-admin-mmr-bounds = MMR 必须是 { $low } 到 { $high } 之间的整数。
rules-admin-mmr-how = 请选择修改 MMR 的方式：{ $choices }。
rules-admin-mmr-amount = 数值必须是大于或等于 0 的整数。
rules-admin-mmr-same = 这样 MMR 仍然是 { $mmr }，不会有任何变化。
rules-admin-aborts-bounds = 剩余取消对局次数必须是 0 到 { $per_month }（每月上限）之间的整数。
rules-admin-already-banned = 该玩家已经被封禁。
rules-admin-not-banned = 该玩家没有被封禁。
rules-admin-owner-unbannable = 天梯所有者不能被封禁。
rules-admin-owner-bans-admins = 只有天梯所有者才能封禁管理员。
rules-admin-owner-unbans-admins = 只有天梯所有者才能解封管理员。
rules-admin-already-admin = 该用户已经是管理员。
rules-admin-not-admin = 该用户不是管理员。
rules-admin-not-queued = 该玩家不在队列中。
rules-admin-no-player = 请指定一名玩家：提及、Discord ID、玩家名、战网昵称或备用名。
rules-admin-nothing-to-unblock = 该玩家既不在队列中，也不在进行中的比赛里；没有需要解除的。
rules-admin-unknown-race = 未知种族 { $race }。
rules-admin-never-used = <@{ $discord_uid }> 从未使用过天梯；没有可修改的玩家。
rules-admin-only = 只有天梯管理员才能这样做。
rules-owner-only = 只有天梯所有者才能管理管理员。
rules-no-match = 没有第 #{ $match_id } 场比赛。
rules-no-player-id = 没有 Discord ID 为 { $discord_id } 的玩家：此人从未使用过天梯。
rules-nobody = 没有与“{ $reference }”匹配的玩家。请用提及、Discord ID、玩家名、战网昵称或备用名指定，或从建议中选择。
rules-did-you-mean = 没有叫“{ $reference }”的玩家。你是不是要找：{ $candidates }？
rules-ambiguous = “{ $reference }”对应 { $count } 名玩家：{ $candidates }。请从建议中选择，或使用 Discord ID。
rules-candidate = { $name }（{ $battletag }，ID { $discord_id }）
rules-no-battletag = 无战网昵称
rules-unknown-name = 未注册
rules-list-join = { $first }；{ $rest }

## 邀请码（仅限受邀的赛季）。

rules-access-not-a-code = “{ $typed }”不是邀请码；邀请码的格式类似 ABCD-EFGH。
rules-access-uses = 使用次数必须是 1 到 { $max_uses } 之间的整数。
rules-access-validity = 有效期必须是 1 到 { $max_days } 之间的整数天数。
rules-access-already-activated = 你的资格已经激活，不需要其他邀请码。
rules-access-withdrawn = 邀请码 { $code } 已被管理员撤回。请向管理员索取新的邀请码。
rules-access-expired = 邀请码 { $code } 已过期。请向管理员索取新的邀请码。
rules-access-used-up =
    { $uses_allowed ->
        [1] 邀请码 { $code } 已经被使用过 1 次，达到上限。请向管理员索取新的邀请码。
       *[other] 邀请码 { $code } 已经被使用了 { $uses_allowed } 次，达到上限。请向管理员索取新的邀请码。
    }
rules-access-no-note = 请说明邀请码是给谁的：每个管理员操作都会连同原因一起记录。
rules-access-exists = 邀请码 { $code } 已经存在；请另建一个。
rules-access-unknown-for-player = 没有邀请码 { $code }。请检查一下，或向管理员索取。
rules-access-unknown = 没有邀请码 { $code }。
rules-access-withdrawn-already = 邀请码 { $code } 已经撤回。
rules-access-open-season = 本赛季对所有人开放：你不需要邀请码。使用 `/{ cmd-setup }` 开始吧。

## 保存。

rules-store-not-saved = 天梯暂时无法保存 —— 没有做任何更改。请几分钟后再试。
rules-store-closing = 天梯正在关闭；请稍后再试。没有做任何更改。
