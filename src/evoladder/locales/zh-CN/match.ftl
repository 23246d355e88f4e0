### match.ftl：从匹配成功到比赛结果 —— 比赛消息和私信、确认/中止/报告按钮、录像详情、结果、护盾电池提示、给管理员的争议，以及上传录像的回复。

match-found-title = 匹配成功 · #{ $match_id }
match-found-body =
    已为你找到天梯对手。确认截止：{ $confirm_by }，逾时未确认比赛将被取消。
    中止会消耗一次中止机会；本月剩余中止次数：{ $aborts_left }。
    双方都确认后，你才会看到对手是谁。

match-title = 比赛 #{ $match_id }
match-player-1 = 玩家 1
match-player-2 = 玩家 2
match-rating-ranked = 段位 **{ $letter }** · MMR **{ $mmr }**
match-rating-unranked = 未定级 · MMR **{ $mmr }**
match-battletag = BattleTag { $battletag }
match-no-battletag = 未设置 BattleTag
match-alt-names = 其他名字：{ $names }
match-prediction = 胜率预测
match-prediction-value = { $name_a } { $chance_a }% · { $name_b } { $chance_b }%
match-map = 地图
match-no-map-link = 该地区没有链接
match-server = 服务器
match-mod = 模组
match-lobby = 房间
match-lobby-value = 频道 `{ $channel }` · 隐私 { $privacy } · 速度 { $speed } · 时长 { $duration } · 联盟 { $alliances } · { $observers } 名观察者
match-alliances-locked = 锁定
match-alliances-unlocked = 不锁定
match-reports = 结果报告
match-replays = 录像
match-report-win = 我赢了
match-report-loss = 我输了
match-report-draw = 平局
match-report-none = 尚未报告
match-replay-missing = { $name }：尚未上传——请在这里把 .SC2Replay 发给我
match-replay-verified = { $name }：✅ 已验证——{ $outcome }
match-replay-unverified = { $name }：❌ 未通过验证（{ $failed }）
match-result = 结果
match-result-completed = { $headline } · { $name_a } { $delta_a } · { $name_b } { $delta_b } MMR
match-result-conflict = 有争议：将由管理员根据证据裁定。MMR 暂未变化。
match-result-ended =
    { $status ->
        [aborted] 没有结果：比赛已中止。MMR 没有变化。
        [cancelled] 没有结果：比赛已取消。MMR 没有变化。
        [invalidated] 没有结果：比赛已作废。MMR 没有变化。
       *[other] 没有结果：比赛已结束。MMR 没有变化。
    }
match-report-by = 报告截止
match-report-footer = 打完后请报告结果（先选择，再确认）；并在这里把录像发给我。
match-won = { $name } 获胜
match-draw = 平局

match-details-title-ok = 比赛 #{ $match_id } 的录像 · 已验证
match-details-title-bad = 比赛 #{ $match_id } 的录像 · 未通过验证
match-details-body =
    { $side_a } vs { $side_b }
    胜者：{ $winner }
    地图：{ $map_name }
    开始时间：{ $started }
    时长：{ $duration }
    观察者：{ $observers }
match-details-settled = 这份录像为双方确定了比赛结果。
match-details-unsettled = 这份录像不能确定结果；将由双方的报告和管理员决定。
match-no-winner = 无记录
match-no-observers = 无
match-duration = { $minutes } 分 { $seconds } 秒
match-checks = 检查项
match-checks-more = 检查项（续）
match-checks-cut = 更多检查项请查看 `/admin match`。

match-result-title = 比赛 #{ $match_id } · { $headline }
match-result-map = 地图：{ $map_name }

match-conflict-title = 争议 · 比赛 #{ $match_id }
match-conflict-report = { $side } 报告：**{ $report }**
match-conflict-no-report = { $side } 未报告
match-conflict-why = 原因：{ $reason }
match-reason-reports-disagree = 双方报告不一致
match-reason-report-contradicts-replay = 有一方报告与已验证的录像矛盾
match-reason-lone-report-at-deadline = 截止前只有一名玩家报告
match-conflict-replay = { $name } 的录像
match-conflict-no-replay = 未上传录像。
match-conflict-footer = 请使用 /admin resolve 裁定，并给出结果和理由。

match-shield-title = 护盾电池卡顿：开打前请先阅读
match-shield-body =
    本场比赛有母巢之战神族玩家。母巢之战护盾电池的溅射模型过大，会导致严重卡顿。开打前，请把“选项 → 图形 → 效果”设为“低”，或在每个 `Variables.txt` 中设置 `splatlod=0`（社区的小程序可以帮你完成：{ $fix_url }）；然后重启星际争霸 II。
    等模组能重新上传到 battle.net 后，这个问题就会消失。

match-confirm = 确认
match-abort = 中止
match-abort-unplayed = 中止（比赛未进行）
match-abort-yes = 是的，中止
match-report-placeholder = 报告结果
match-report-yes = 是的，报告：{ $label }
match-understood = 我知道了
match-confirmed-waiting = 你已确认比赛 #{ $match_id }。正在等待对手确认。
match-confirmed-both = 双方都已确认比赛 #{ $match_id }：比赛详情如下。
match-abort-question = 要中止比赛 #{ $match_id } 吗？这会消耗一次中止机会（本月剩余中止次数：{ $left }），MMR 不会变化。关闭这条消息即可保留比赛。
match-aborted = 比赛 #{ $match_id } 已中止。本月剩余中止次数：{ $left }。
match-report-question = 你为比赛 #{ $match_id } 选择了 **{ $label }**。确认后即提交报告；双方结果都提交后就不能再修改。关闭这条消息即可重新选择。
match-reported-waiting = 你已为比赛 #{ $match_id } 报告 **{ $label }**。对手的报告一致，或已验证的录像显示相同结果后即生效。
match-reported-completed = 你已为比赛 #{ $match_id } 报告 **{ $label }**：结果已确定。
match-reported-conflict = 你已为比赛 #{ $match_id } 报告 **{ $label }**。证据不一致，将由管理员裁定。
match-acknowledged = 谢谢：以后不会再向你显示护盾电池提示。

match-confirm-reminder = 提醒：请确认比赛 #{ $match_id }，截止 { $deadline }，逾时比赛将被取消。
match-opponent-confirmed = 你的对手已确认比赛 #{ $match_id }；请你也确认。
match-started = 双方都已确认：开始比赛吧，打完后报告结果，并在这里把录像发给我。
match-opponent-reported = 你的对手为比赛 #{ $match_id } 报告了 **{ $label }**。请你也报告结果（并把录像发给我）。
match-report-reminder = 提醒：请报告比赛 #{ $match_id } 的结果，截止 { $deadline }。
match-upload-reminder = 你报告了比赛 #{ $match_id } 的结果，但没有上传录像。请在这里把那场比赛的 .SC2Replay 文件发给我：每位玩家的录像都会作为比赛证据保存。
match-opponent-replay-ok = 你的对手上传了比赛 #{ $match_id } 的录像，已通过验证。
match-opponent-replay-bad = 你的对手上传了比赛 #{ $match_id } 的录像，但未通过验证，因此不影响结果（管理员仍可查看）。
match-conflict-reports-disagree = 比赛 #{ $match_id } 的双方报告不一致，将由管理员根据证据裁定。如果你还没上传录像，请现在发给我。
match-conflict-report-contradicts-replay = 比赛 #{ $match_id } 的一份报告与已验证的录像矛盾，将由管理员根据证据裁定。
match-conflict-lone-report-at-deadline = 截止前比赛 #{ $match_id } 只有一方报告了结果。单方报告不能作为结果，将由管理员根据证据裁定；如果你有录像，请现在发给我。
match-ended-aborted-by-you = 你中止了比赛 #{ $match_id }。MMR 没有变化。
match-ended-aborted-by-opponent = 你的对手中止了比赛 #{ $match_id }。MMR 没有变化。
match-ended-you-did-not-confirm = 比赛 #{ $match_id } 已取消：你没有及时确认。MMR 没有变化，也没有消耗中止次数。
match-ended-opponent-did-not-confirm = 比赛 #{ $match_id } 已取消：你的对手没有及时确认。MMR 没有变化；再次使用 `/{ cmd-queue }` 即可重新匹配。
match-ended-report-deadline = 比赛 #{ $match_id } 已关闭：截止前没有人报告结果。MMR 没有变化。
match-ended-other = 比赛 #{ $match_id } 已结束。MMR 没有变化。

match-upload-failed = 抱歉，检查你的录像时我们这边出了问题，没有做任何更改。请重新发送；如果一直出现这个问题，请把这个参考码告诉管理员：`{ $ref }`。
match-upload-too-fast = 你操作得有点快：请等待 { $seconds } 秒后再发送录像。
match-upload-one-per-message = 每条消息请只发送一份录像。
match-upload-too-big = 这个文件有 { $size } MB；录像最大为 { $max } MB。请发送你这场比赛的 .SC2Replay 文件。

match-pairing-why = 匹配依据：MMR 差距 { $gap }（允许 { $window }）· 预计延迟 { $ping_a } / { $ping_b } ms · 已等待轮次 { $waves_a } / { $waves_b }
