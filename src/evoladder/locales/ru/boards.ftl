### boards.ftl: /profile (рейтинг, состояние аккаунта, график MMR) и /leaderboard (таблица, фильтры и страницы).

boards-rank = Ранг **{ $letter }**
boards-unranked = Без ранга
boards-win-percent = { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %

cmd-profile = профиль
    .description = Ваш рейтинг, ранги и последние результаты
boards-profile-not-registered = Вы ещё не зарегистрированы: выполните `/{ cmd-termsofservice }`, затем `/{ cmd-setup }`.
boards-profile-unnamed = Игрок без имени
boards-profile-battletag = **BattleTag** { $battletag }
boards-profile-alt-names = **Другие имена** { $names }
boards-profile-country = **Страна** { $country }
boards-profile-region = **Регион** { $region }
boards-profile-not-set = не указано
boards-profile-none = нет
boards-profile-banned-line = ⛔ **Доступ к ладдеру закрыт**
boards-profile-window = { $days } дн.: { $record }
boards-profile-race-mmr = MMR **{ $mmr }** · { $record } ({ $percent })
boards-profile-race-name = { $race } — { $rank }
boards-profile-rank = Ранг { $letter }
boards-profile-last-played = Последняя игра { $when }
boards-profile-not-played = Игр пока не было
boards-profile-no-games-name = Игр пока нет
boards-profile-no-games-value = Встаньте в очередь через `/{ cmd-queue }`, чтобы получить первый рейтинг.
boards-profile-overall-name = Все расы
boards-profile-overall-value =
    { $games ->
        [one] **{ $record }** ({ $percent }) · { $games } игра
        [few] **{ $record }** ({ $percent }) · { $games } игры
        [many] **{ $record }** ({ $percent }) · { $games } игр
       *[other] **{ $record }** ({ $percent }) · { $games } игры
    }
boards-profile-account-name = Аккаунт
boards-profile-terms-ok = ✅ Условия использования приняты
boards-profile-terms-missing = ❌ Условия использования не приняты: используйте `/{ cmd-termsofservice }`
boards-profile-setup-ok = ✅ Настройка завершена
boards-profile-setup-missing = ❌ Настройка не завершена: используйте `/{ cmd-setup }`
boards-profile-not-banned = ✅ Нарушений нет
boards-profile-banned = ⛔ Блокировка: { $reason }
boards-profile-banned-no-reason = ⛔ Блокировка (причина не указана): обратитесь к администратору
boards-profile-activation = 🔑 { $activation }
boards-profile-aborts = Отмены матчей в этом месяце: осталось { $left } из { $per_month }; запас восстановится { $reset }
boards-profile-footer =
    { $left ->
        [one] В этом месяце осталась { $left } отмена матча
        [few] В этом месяце осталось { $left } отмены матча
        [many] В этом месяце осталось { $left } отмен матча
       *[other] В этом месяце осталось { $left } отмены матча
    }

boards-chart-title = { $name }: MMR за последние 90 дней
boards-chart-unnamed = Игрок
boards-chart-axis = MMR

cmd-leaderboard = рейтинг
    .description = Рейтинговая таблица ладдера
cmd-leaderboard-page = страница
    .description = Какую страницу показать (40 записей на странице)
cmd-leaderboard-countries = страны
    .description = Только игроки из этих стран (коды или названия через запятую)
cmd-leaderboard-races = расы
    .description = Только эти расы (через запятую)
cmd-leaderboard-rank = ранг
    .description = Только этот ранг
cmd-leaderboard-best-only = лучшая_раса
    .description = Только лучшая раса каждого игрока
cmd-leaderboard-unranked = без_ранга
    .description = Показать и игроков без ранга (не играли последние недели) — ниже игроков с рангом

boards-unknown-country = Страна «{ $value }» нам неизвестна; выберите одну из подсказок.
boards-unknown-race = «{ $value }» — это не раса; выберите одну из подсказок.
boards-too-many-countries =
    { $limit ->
        [one] Можно выбрать не больше { $limit } страны за раз.
        [few] Можно выбрать не больше { $limit } стран за раз.
        [many] Можно выбрать не больше { $limit } стран за раз.
       *[other] Можно выбрать не больше { $limit } страны за раз.
    }

boards-lb-title = Таблица лидеров
boards-lb-footer =
    { $total ->
        [one] Страница { $page }/{ $pages } · { $total } запись · { $filters }
        [few] Страница { $page }/{ $pages } · { $total } записи · { $filters }
        [many] Страница { $page }/{ $pages } · { $total } записей · { $filters }
       *[other] Страница { $page }/{ $pages } · { $total } записи · { $filters }
    }
boards-lb-empty = Под эти фильтры пока нет ни одной записи.
boards-lb-no-filters = игроки с рангом, все расы и страны
boards-lb-filter-races = расы: { $races }
boards-lb-filter-countries = страны: { $countries }
boards-lb-filter-rank = ранг { $letter }
boards-lb-filter-everyone = включая игроков без ранга
boards-lb-filter-unranked = только игроки без ранга
boards-lb-filter-best = только лучшая раса
boards-lb-unnamed = игрок { $uid }
boards-lb-races-placeholder = Расы: все (можно выбрать несколько)
boards-lb-races-chosen-placeholder = Выбрано рас: { $count }
boards-lb-countries-placeholder = Страны { $first }–{ $last } ({ $page }/{ $pages }; можно выбрать несколько)
boards-lb-countries-none = На ладдере пока нет стран
boards-lb-rank-placeholder = Ранг
boards-lb-rank-ranked = Игроки с рангом (от S до F)
boards-lb-rank-letter = Только ранг { $letter }
boards-lb-rank-unranked = Только игроки без ранга
boards-lb-rank-everyone = Все, игроки без ранга — ниже
boards-lb-jump-placeholder = Перейти на страницу
boards-lb-jump-option = Страница { $page } из { $pages }
boards-lb-previous = ◀ Назад
boards-lb-next = Вперёд ▶
boards-lb-best-on = Все расы
boards-lb-best-off = Только лучшая раса
boards-lb-more-countries = Ещё страны
boards-lb-clear = Сбросить все фильтры
