### staff.ftl：管理工具 —— /admin（比赛案件、概况、争议、邀请码、玩家处理）、管理频道里的管理动态、管理员处理后发给玩家的通知，以及 /activate。

## /activate

staff-activated = 已使用邀请码 { $code } 开通资格。下一步：用 `/{ cmd-setup }` 注册，然后使用 `/{ cmd-queue }`。

## 管理员处理后发给玩家的私信

staff-dm-banned = 管理员已将你封禁，你暂时无法使用天梯。原因：{ $reason }
    如果你认为这是误判，请联系管理员。
staff-dm-unbanned = 管理员已解除你的封禁，你可以重新使用天梯了。原因：{ $reason }
staff-dm-mmr = 管理员调整了你的 { $race } MMR：{ $before } → **{ $after }**（{ $delta }）。原因：{ $reason }
staff-dm-removed = 管理员已将你移出队列。原因：{ $reason }
    使用 `/{ cmd-queue }` 即可重新匹配。
staff-dm-cleared = 管理员清空了队列，你的匹配已停止。原因：{ $reason }
    使用 `/{ cmd-queue }` 即可重新匹配。
staff-dm-aborts = 管理员设置了你本月的取消次数：你还剩 { $left } 次。原因：{ $reason }
staff-dm-resolved = 管理员已判定比赛 #{ $match_id }：{ $result }。
staff-dm-corrected = 管理员更正了比赛 #{ $match_id } 的结果：{ $result }（原为 { $previous }）。
staff-dm-invalidated = 管理员已将比赛 #{ $match_id } 判为无效：其结果不计入天梯。
staff-dm-invalidated-open = 管理员已将比赛 #{ $match_id } 判为无效，比赛已结束。MMR 没有变化。
staff-dm-your-mmr = 你的 { $race } MMR：{ $before } → **{ $after }**（{ $delta }）。
staff-dm-rederived = 之后的 { $count } 场比赛已据此重新计算。
staff-dm-reason = 原因：{ $reason }
staff-dm-knock-on-resolved = 管理员更正了比赛 #{ $match_id }（你某位对手更早的一场比赛），因此你之后的比赛结果已重新计算。
staff-dm-knock-on-invalidated = 管理员将比赛 #{ $match_id }（你某位对手更早的一场比赛）判为无效，因此你之后的比赛结果已重新计算。
staff-dm-winner = { $name } 获胜
staff-dm-draw = 平局
staff-dm-no-result = 无结果

## 管理动态

staff-feed-completed = ✅ 比赛 #{ $match_id } 结束：{ $result } · { $a } { $race_a } { $move_a } · { $b } { $race_b } { $move_b }
staff-feed-move = { $before }→{ $after }
staff-feed-aborted = ↩️ 比赛 #{ $match_id } 被取消，取消者：{ $blame } · { $a } vs { $b }
staff-feed-abandoned-confirm = ⌛ 比赛 #{ $match_id } 作废：{ $blame } 未确认 · { $a } vs { $b }
staff-feed-abandoned-report = ⌛ 比赛 #{ $match_id } 作废：报告截止前没有结果 · { $a } vs { $b }
staff-feed-dispute = { $ping }⚠️ 比赛 #{ $match_id } 有争议 · { $a } vs { $b } · 请查看 `/admin match { $match_id }`
staff-feed-resolved = ⚖️ 比赛 #{ $match_id } 由 { $admin } 判定：{ $result }。{ $rederived }原因：{ $reason }
staff-feed-invalidated = 🚫 比赛 #{ $match_id } 被 { $admin } 判为无效。{ $rederived }原因：{ $reason }
staff-feed-rederived = 之后的 { $count } 场比赛已重新计算。
staff-feed-banned = ⛔ { $player } 被 { $admin } 封禁。原因：{ $reason }
staff-feed-unbanned = ✅ { $player } 被 { $admin } 解封。原因：{ $reason }
staff-feed-health-raised = 🚨 运行状态：{ $detail }
staff-feed-health-cleared = ✅ 运行状态已恢复（{ $condition }）：之前的问题：{ $detail }
staff-feed-somebody = 一名玩家

## 通用

staff-player = { $name }（`{ $discord_id }`）
staff-winner = { $name } 获胜
staff-draw = 平局
staff-mmr-line = { $player } { $race }：{ $before } → **{ $after }**（{ $delta }）
staff-duration-seconds = { $s } 秒
staff-duration-minutes = { $m } 分钟
staff-duration-hours = { $h } 小时 { $mm } 分钟
staff-duration-days = { $d } 天 { $h } 小时

## 确认步骤

staff-ask = { $description }
    确认吗？
staff-done = 已完成：{ $done }
staff-cancelled = 已取消，没有做任何更改。
staff-expired = 这个管理操作已失效（机器人可能重启过）。请重新运行命令。
staff-confirm = 确认
staff-cancel = 取消

## 玩家处理

staff-ask-mmr = 调整 { $line }。原因：{ $reason }
staff-done-mmr = { $line }。
staff-ask-ban = 封禁 { $player }：解封前无法使用天梯，并会被移出队列。原因：{ $reason }
staff-done-ban = { $player } 已被封禁。
staff-ask-unban = 解除 { $player } 的封禁。原因：{ $reason }
staff-done-unban = { $player } 已解封。
staff-ask-aborts = 设置 { $player } 本月剩余取消次数：{ $before } → **{ $after }**。原因：{ $reason }
staff-done-aborts = { $player } 本月还剩 { $left } 次取消。
staff-ask-remove-queue = 将 { $player } 移出队列。原因：{ $reason }
staff-done-remove-queue = { $player } 已移出队列。
staff-ask-unblock = 解除 { $player } 的卡住状态：移出队列，并将其进行中的比赛（如有）判为无效。原因：{ $reason }
staff-done-unblock-queue = { $player } 已移出队列。
staff-done-unblock-match = { $player } 的比赛 #{ $match_id } 已判为无效。
staff-ask-clear-queue = 清空整个队列（当前 { $count } 人排队）。原因：{ $reason }
staff-done-clear-queue = 队列已清空（移出 { $count } 人）。
staff-ask-add-admin = 将 { $player } 设为管理员。
staff-done-add-admin = { $player } 现在是管理员了。
staff-ask-remove-admin = 取消 { $player } 的管理员权限。原因：{ $reason }
staff-done-remove-admin = { $player } 已不再是管理员。
staff-unknown-race = “{ $typed }”不是种族，请从建议中选择。

## 邀请码

staff-ask-create-code = 创建一个邀请码：可供 { $uses } 名玩家使用，有效期 { $days } 天。用途：{ $note }
staff-done-create-code = 已创建邀请码 **{ $code }**：可用 { $uses } 次，{ $expires } 过期。把它交给玩家，他们输入 `/{ cmd-activate } { $code }` 即可。
staff-ask-revoke-code = 作废邀请码 { $code }（已用 { $uses }/{ $allowed }）。原因：{ $reason }
staff-done-revoke-code = 邀请码 { $code } 已作废（共使用 { $uses } 次；已使用的玩家保留资格）。
staff-open-mode = 注意：本赛季是开放的（EVOLADDER_ACCESS=open），在改为 code 之前不需要邀请码。

## 比赛案件（/admin match）

staff-case-title = 比赛 #{ $match_id } · { $status }
staff-case-description = 地图 **{ $map }**，服务器 { $server } · 创建于 { $created }
    确认：{ $confirmed } · 结束：{ $ended }
    结果：**{ $result }**（{ $end_reason }）
staff-not-yet = 尚未
staff-no-result = 暂无
staff-side-title = 玩家 { $n }
staff-side = { $flag } **{ $name }** · { $race }
staff-side-mmr-moved = MMR { $before } → **{ $after }**（{ $delta }）
staff-side-mmr = MMR { $mmr }（赛前）
staff-side-report = 报告：**{ $report }** { $when }
staff-side-no-report = 未报告
staff-report-win = 我赢了
staff-report-loss = 我输了
staff-report-draw = 平局
staff-replay-title = 录像 { $n } · 由 { $uploader } 上传 { $when }
staff-replay-verified = ✅ 已验证：所有检查均通过。
staff-replay-not-verified = ❌ 未通过验证：{ $failed } 项检查失败。
staff-replay-file = 已附上文件：`{ $filename }`。
staff-replay-missing = 存储中找不到该文件。
staff-replay-too-big = 文件太大，无法在此附上（{ $size } MB）。
staff-no-replay = 没有上传录像。
staff-check = { $icon } { $check }：{ $reason }
staff-case-footer = 用按钮判定：每个按钮都会先询问原因，再要求确认。完整记录以 JSON 附件提供。
staff-winner-button = 胜者：{ $name }
staff-draw-button = 平局
staff-void-button = 判为无效
staff-reason-title = 比赛 #{ $match_id } 的判定原因
staff-reason-label = 原因（玩家可见）
staff-ask-resolve = 判定比赛 #{ $match_id }：{ $result }。原因：{ $reason }
staff-ask-correct = 更正比赛 #{ $match_id }：{ $result }（原为 { $previous }）。双方之后的比赛都会重新计算。原因：{ $reason }
staff-ask-invalidate = 将比赛 #{ $match_id } 判为无效。原因：{ $reason }
staff-no-mmr-change = MMR 没有变化。
staff-done-resolve = 比赛 #{ $match_id } 已判定：{ $result }。
staff-done-invalidate = 比赛 #{ $match_id } 已判为无效。
staff-rederived = 之后的 { $count } 场比赛已重新计算。
staff-more-shifts = ……另有 { $count } 项分数变动。
staff-unknown-decision = 未知的判定 '{ $decision }'。

## 概况、争议、邀请码列表

staff-snapshot-title = 天梯概况 · 第 { $page }/{ $pages } 页
staff-disputes-title = 未处理的争议（最早的在前）· 第 { $page }/{ $pages } 页
staff-codes-title = 邀请码（最新的在前）· 第 { $page }/{ $pages } 页
staff-previous = ◀ 上一页
staff-next = 下一页 ▶
staff-queue-header = **队列** · { $total } 人（BW { $bw } · SC2 { $sc2 } · 两者皆可 { $both }）
staff-queue-line = { $name } · { $races } · 已等待 { $wait }
staff-race-standing = { $race }：{ $rank }，MMR { $mmr }
staff-rank = **{ $letter }** 级
staff-unranked = 未定级
staff-running-header = **进行中** · { $count }
staff-running-line = #{ $match_id } { $a } vs { $b } · { $status } · 已进行 { $age }
staff-disputes-header = **争议** · { $count }
staff-dispute-line = #{ $match_id } { $a } vs { $b } · 已等待 { $age }（{ $reason }）
staff-health-line = **运行状态** · 数据库{ $database }，积压 { $backlog } 条（最早的 { $oldest }）· 录像处理进程 { $alive }/{ $expected } · 内存 { $rss_mb } MB
staff-last-error = 最近一次同步错误：{ $error }
staff-reachable = 可连接
staff-unreachable = 无法连接
staff-none = 无
staff-no-disputes = 没有未处理的争议。
staff-no-codes = 还没有邀请码：用 `/admin code_create` 创建一个。
staff-code-line = `{ $code }` · { $status } · 已用 { $uses }/{ $allowed } · { $expires } 过期 · { $note }
staff-code-users = ↳ 使用者：{ $users }
staff-code-active = 可用
staff-code-expired = 已过期
staff-code-used-up = 已用完
staff-code-withdrawn = 已作废

## 斜杠命令（名称保持英文，只翻译说明）

cmd-activate = 激活
    .description = 用邀请码为自己开通本赛季
cmd-activate-code = 代码
    .description = 管理员给你的邀请码，例如 ABCD-EFGH
cmd-admin = admin
    .description = 天梯管理
cmd-admin-player = player
    .description = 玩家资料
cmd-admin-adjust-mmr = adjust_mmr
    .description = 设置、提高或降低玩家某个种族的 MMR
cmd-admin-how = how
    .description = set：设为该数值；add / subtract：增加 / 减少该数值
cmd-admin-ban = ban
    .description = 封禁玩家，禁止其使用天梯
cmd-admin-unban = unban
    .description = 解除玩家的封禁
cmd-admin-reset-aborts = reset_aborts
    .description = 设置玩家本月剩余的取消次数
cmd-admin-aborts-left = aborts_left
    .description = 本月剩余取消次数（默认：全部额度）
cmd-admin-remove-queue = remove_queue
    .description = 将玩家移出队列
cmd-admin-unblock = unblock
    .description = 解除卡住的玩家（排队状态和进行中的比赛）
cmd-admin-clear-queue = clear_queue
    .description = 清空整个队列
cmd-admin-add-admin = add_admin
    .description = 将玩家设为天梯管理员
cmd-admin-remove-admin = remove_admin
    .description = 取消玩家的管理员权限
cmd-admin-match = match
    .description = 一场比赛的完整案件：报告、录像、记录；并可判定
cmd-admin-resolve = resolve
    .description = 判定比赛结果（a：玩家 1，b：玩家 2）
cmd-admin-invalidate = invalidate
    .description = 将比赛判为无效（已结束比赛的 MMR 会被撤回）
cmd-admin-code-create = code_create
    .description = 为封闭赛季创建邀请码
cmd-admin-uses = uses
    .description = 可供多少名玩家使用（1：一次性）
cmd-admin-valid-days = valid_days
    .description = 多少天后过期
cmd-admin-note = note
    .description = 给谁用的（与邀请码一起保存在审计日志中）
cmd-admin-codes = codes
    .description = 邀请码：使用次数、过期时间和使用者
cmd-admin-code-revoke = code_revoke
    .description = 作废邀请码
cmd-admin-snapshot = snapshot
    .description = 排队玩家、进行中的比赛、争议和运行状态
cmd-admin-disputes = disputes
    .description = 未处理的争议，最早的在前，并显示已等待时间

## 比赛状态和结束原因

staff-status-found = 待确认
staff-status-in-progress = 进行中
staff-status-completed = 已结束
staff-status-conflict = 有争议
staff-status-aborted = 已取消
staff-status-cancelled = 已作废
staff-status-invalidated = 已无效
staff-end-aborted = 被取消
staff-end-admin-invalidated = 管理员判为无效
staff-end-admin-resolved = 管理员判定
staff-end-confirm-timeout = 确认超时
staff-end-lone-report-at-deadline = 截止时只有一方报告
staff-end-replay = 由录像确定
staff-end-report-contradicts-replay = 报告与录像矛盾
staff-end-report-deadline-no-report = 截止前无人报告
staff-end-reports-agree = 报告一致
staff-end-reports-disagree = 报告不一致

staff-pairing = 匹配依据
staff-pairing-value =
    MMR 差距 { $gap }（允许范围 { $window }）→ MMR 项 { $mmr_term }
    预计延迟 { $ping_a } / { $ping_b } ms → 延迟项 { $ping_term }
    等待抵扣 −{ $credit }（已等待轮次 { $waves_a } / { $waves_b }）
    配对成本 { $total }（每轮匹配选择总成本最低的配对）
