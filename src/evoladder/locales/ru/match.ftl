### match.ftl: матч от поиска до результата — сообщения и ЛС о матче, кнопки «Подтвердить» / «Отменить» / результат, данные реплея, результат, предупреждение о Shield Battery, спор для админов и ответы на присланный реплей.

match-found-title = Матч найден · #{ $match_id }
match-found-body =
    Рейтинговый соперник готов. Подтвердите матч — срок истекает { $confirm_by }, иначе матч будет аннулирован.
    Отмена расходует одну из ваших отмен; осталось отмен в этом месяце: { $aborts_left }.
    Вы узнаете, с кем играете, когда вы оба подтвердите матч.

match-title = Матч #{ $match_id }
match-player-1 = Игрок 1
match-player-2 = Игрок 2
match-rating-ranked = Ранг **{ $letter }** · MMR **{ $mmr }**
match-rating-unranked = Без ранга · MMR **{ $mmr }**
match-battletag = BattleTag { $battletag }
match-no-battletag = BattleTag не указан
match-alt-names = Также играет как { $names }
match-prediction = Прогноз
match-prediction-value = { $name_a } { $chance_a } % · { $name_b } { $chance_b } %
match-map = Карта
match-no-map-link = нет ссылки для этого региона
match-server = Сервер
match-mod = Мод
match-lobby = Лобби
match-lobby-value = Канал `{ $channel }` · доступ { $privacy } · скорость { $speed } · длительность { $duration } · союзы { $alliances } · наблюдателей: { $observers }
match-alliances-locked = закреплены
match-alliances-unlocked = не закреплены
match-reports = Результаты игроков
match-replays = Реплеи
match-report-win = Я победил(а)
match-report-loss = Я проиграл(а)
match-report-draw = Ничья
match-report-none = ещё не сообщил(а)
match-replay-missing = { $name }: ещё не прислан — пришлите мне сюда .SC2Replay
match-replay-verified = { $name }: ✅ проверен — { $outcome }
match-replay-unverified = { $name }: ❌ не прошёл проверку ({ $failed })
match-result = Результат
match-result-completed = { $headline } · { $name_a } { $delta_a } · { $name_b } { $delta_b } MMR
match-result-conflict = Спорный результат: решит админ по доказательствам. MMR пока не изменился.
match-result-ended =
    { $status ->
        [aborted] Нет результата: матч отменён. MMR не изменился.
        [cancelled] Нет результата: матч аннулирован. MMR не изменился.
        [invalidated] Нет результата: матч признан недействительным. MMR не изменился.
       *[other] Нет результата: матч завершён. MMR не изменился.
    }
match-report-by = Сообщить результат до
match-report-footer = Сыграв, сообщите результат (выберите, затем подтвердите) и пришлите мне сюда свой реплей.
match-won = Победа: { $name }
match-draw = Ничья

match-details-title-ok = Реплей матча #{ $match_id } · проверен
match-details-title-bad = Реплей матча #{ $match_id } · не прошёл проверку
match-details-body =
    { $side_a } vs { $side_b }
    Победитель: { $winner }
    Карта: { $map_name }
    Начало: { $started }
    Длительность: { $duration }
    Наблюдатели: { $observers }
match-details-settled = Этот реплей определяет результат для обоих игроков.
match-details-unsettled = Этот реплей не определяет результат; решают сообщения игроков и админы.
match-no-winner = не записан
match-no-observers = нет
match-duration = { $minutes } мин { $seconds } с
match-checks = Проверки
match-checks-more = Проверки (продолжение)
match-checks-cut = Остальные проверки — в `/admin match`.

match-result-title = Матч #{ $match_id } · { $headline }
match-result-map = Карта: { $map_name }

match-conflict-title = Спор · матч #{ $match_id }
match-conflict-report = { $side } сообщил(а): **{ $report }**
match-conflict-no-report = { $side } не сообщил(а) результат
match-conflict-why = Причина: { $reason }
match-reason-reports-disagree = сообщения игроков расходятся
match-reason-report-contradicts-replay = сообщение противоречит проверенному реплею
match-reason-lone-report-at-deadline = до срока результат сообщил только один игрок
match-conflict-replay = Реплей игрока { $name }
match-conflict-no-replay = Реплей не прислан.
match-conflict-footer = Решите спор командой /admin resolve, указав результат и причину.

match-shield-title = Лаги от Shield Battery: прочитайте перед игрой
match-shield-body =
    В этом матче есть игрок за протоссов Brood War. Слишком большая модель эффекта (splat) у Shield Battery из Brood War вызывает сильные лаги. Перед игрой либо выставьте «Настройки → Графика → Эффекты» на «Низкое», либо пропишите `splatlod=0` в каждом `Variables.txt` (небольшая программа от сообщества сделает это за вас: { $fix_url }); затем перезапустите StarCraft II.
    Проблема исчезнет, когда мод снова можно будет загрузить на battle.net.

match-confirm = Подтвердить
match-abort = Отменить
match-abort-unplayed = Отменить (игра не сыграна)
match-abort-yes = Да, отменить
match-report-placeholder = Сообщите результат
match-report-yes = Да, сообщить: { $label }
match-understood = Понятно
match-confirmed-waiting = Вы подтвердили матч #{ $match_id }. Ждём подтверждения соперника.
match-confirmed-both = Оба игрока подтвердили матч #{ $match_id }: подробности ниже.
match-abort-question = Отменить матч #{ $match_id }? Это расходует одну из ваших отмен (осталось в этом месяце: { $left }), MMR не изменится. Закройте это сообщение, чтобы сохранить матч.
match-aborted = Матч #{ $match_id } отменён. Осталось отмен в этом месяце: { $left }.
match-report-question = Вы выбрали **{ $label }** для матча #{ $match_id }. Подтвердите, чтобы сообщить результат; когда получены оба результата, изменить их нельзя. Закройте это сообщение, чтобы выбрать заново.
match-reported-waiting = Вы сообщили **{ $label }** для матча #{ $match_id }. Результат засчитается, когда с ним совпадёт сообщение соперника или его подтвердит проверенный реплей.
match-reported-completed = Вы сообщили **{ $label }** для матча #{ $match_id }: результат окончательный.
match-reported-conflict = Вы сообщили **{ $label }** для матча #{ $match_id }. Доказательства расходятся, поэтому решит админ.
match-acknowledged = Спасибо: предупреждение о Shield Battery больше не будет показываться.

match-confirm-reminder = Напоминание: подтвердите матч #{ $match_id } — срок истекает { $deadline }, иначе матч будет аннулирован.
match-opponent-confirmed = Соперник подтвердил матч #{ $match_id }; подтвердите и вы.
match-started = Оба игрока подтвердили матч: сыграйте игру, затем сообщите результат и пришлите мне сюда свой реплей.
match-opponent-reported = Соперник сообщил **{ $label }** для матча #{ $match_id }. Сообщите и свой результат (и пришлите мне реплей).
match-report-reminder = Напоминание: сообщите результат матча #{ $match_id } — срок истекает { $deadline }.
match-upload-reminder = Вы сообщили результат матча #{ $match_id } без реплея. Пришлите мне сюда файл .SC2Replay этой игры: реплей каждого игрока хранится как доказательство по матчу.
match-opponent-replay-ok = Соперник прислал свой реплей матча #{ $match_id }; он прошёл проверку.
match-opponent-replay-bad = Соперник прислал свой реплей матча #{ $match_id }; он не прошёл проверку, поэтому ничего не решает (админы всё равно его видят).
match-conflict-reports-disagree = Сообщения о результате матча #{ $match_id } расходятся, поэтому решит админ по доказательствам. Если вы ещё не прислали реплей, пришлите его сейчас.
match-conflict-report-contradicts-replay = Сообщение о результате матча #{ $match_id } противоречит проверенному реплею, поэтому решит админ по доказательствам.
match-conflict-lone-report-at-deadline = До срока результат матча #{ $match_id } сообщил только один игрок. Сообщение одного игрока — ещё не результат, поэтому решит админ по доказательствам; если у вас есть реплей, пришлите его сейчас.
match-ended-aborted-by-you = Вы отменили матч #{ $match_id }. MMR не изменился.
match-ended-aborted-by-opponent = Соперник отменил матч #{ $match_id }. MMR не изменился.
match-ended-you-did-not-confirm = Матч #{ $match_id } аннулирован: вы не подтвердили его вовремя. MMR не изменился, отмена не израсходована.
match-ended-opponent-did-not-confirm = Матч #{ $match_id } аннулирован: соперник не подтвердил его вовремя. MMR не изменился; чтобы снова искать игру, используйте `/{ cmd-queue }`.
match-ended-report-deadline = Матч #{ $match_id } закрыт: до срока никто не сообщил результат. MMR не изменился.
match-ended-other = Матч #{ $match_id } завершён. MMR не изменился.

match-upload-failed = Извините, при проверке вашего реплея у нас что-то пошло не так, и ничего не изменилось. Пришлите его ещё раз; если ошибка повторяется, сообщите админу этот код: `{ $ref }`.
match-upload-too-fast = Вы немного спешите: подождите { $seconds } с и пришлите реплей ещё раз.
match-upload-one-per-message = Присылайте один реплей в одном сообщении.
match-upload-too-big = Размер файла — { $size } МБ; реплей может весить не больше { $max } МБ. Пришлите .SC2Replay вашего матча.

match-pairing-why = Почему эта пара: разница MMR { $gap } (допустимо до { $window }) · ожидаемый пинг { $ping_a } / { $ping_b } мс · волн ожидания { $waves_a } / { $waves_b }
