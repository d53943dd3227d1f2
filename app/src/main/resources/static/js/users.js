// 用户管理: create users, change their units or departments, reset their passwords, disable and enable them; set each
// unit's 主管部门.
(() => {
    const $ = id => document.getElementById(id);
    const codes = text => text.split(/[,，\s]+/).map(code => code.trim()).filter(Boolean);

    async function load() {
        const users = await Ledger.api('/api/admin/users');
        const body = $('users').querySelector('tbody');
        body.innerHTML = '';
        for (const user of users) {
            const tr = document.createElement('tr');
            Ledger.cell(tr, user.username);
            Ledger.cell(tr, user.displayName);
            Ledger.cell(tr, user.roleName);
            const scope = document.createElement('input');
            scope.value = user.scope.join(', ');
            scope.disabled = user.role === 'ADMIN';
            tr.appendChild(document.createElement('td')).appendChild(scope);
            Ledger.cell(tr, user.enabled ? '启用' : '已停用');
            const actions = tr.appendChild(document.createElement('td'));
            const message = document.createElement('span');
            if (user.role !== 'ADMIN') {
                actions.appendChild(button('保存单位', () => Ledger.api('/api/admin/users/' + user.username + '/scope',
                    {method: 'PUT', json: {scope: codes(scope.value)}}), message));
            }
            actions.appendChild(passwordButton(user));
            actions.appendChild(button(user.enabled ? '停用' : '启用',
                () => Ledger.post('/api/admin/users/' + user.username + (user.enabled ? '/disable' : '/enable')), message));
            actions.appendChild(message);
            body.appendChild(tr);
        }
    }

    async function loadUnits() {
        const units = await Ledger.api('/api/admin/units');
        const body = $('units').querySelector('tbody');
        body.innerHTML = '';
        for (const unit of units) {
            const tr = document.createElement('tr');
            Ledger.cell(tr, unit.unit);
            Ledger.cell(tr, unit.unitName);
            Ledger.cell(tr, unit.years.join('、'));
            const department = document.createElement('input');
            department.value = unit.department || '';
            department.placeholder = '未设定';
            tr.appendChild(document.createElement('td')).appendChild(department);
            const actions = tr.appendChild(document.createElement('td'));
            const message = document.createElement('span');
            actions.appendChild(button('保存', () => Ledger.api('/api/admin/units/' + unit.unit + '/department',
                {method: 'PUT', json: {department: department.value.trim()}}), message));
            actions.appendChild(message);
            body.appendChild(tr);
        }
        if (units.length === 0) {
            body.innerHTML = '<tr><td colspan="5" class="empty">尚无单位</td></tr>';
        }
    }

    function button(text, action, message) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'secondary';
        element.style.marginRight = '6px';
        element.textContent = text;
        element.addEventListener('click', async () => {
            try {
                await action();
                await Promise.all([load(), loadUnits()]);
            } catch (failure) {
                Ledger.say(message, false, failure.message, failure.code);
            }
        });
        return element;
    }

    /** 重置密码 opens the dialog for this user; the server checks the password's rules and answers in Chinese. */
    let resetting = null;

    function passwordButton(user) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'secondary';
        element.style.marginRight = '6px';
        element.textContent = '重置密码';
        element.addEventListener('click', () => {
            resetting = user.username;
            $('password-form').reset();
            $('password-message').hidden = true;
            $('password-title').textContent = '重置密码：' + user.username + (user.displayName ? '（' + user.displayName + '）' : '');
            $('password-dialog').showModal();
        });
        return element;
    }

    $('password-cancel').addEventListener('click', () => $('password-dialog').close());
    $('password-form').addEventListener('submit', async event => {
        event.preventDefault();
        if ($('password-new').value !== $('password-again').value) {
            Ledger.say($('password-message'), false, '两次输入的新密码不一致');
            return;
        }
        try {
            await Ledger.api('/api/admin/users/' + encodeURIComponent(resetting) + '/password',
                {method: 'PUT', json: {password: $('password-new').value}});
            $('password-dialog').close();
            Ledger.say($('users-message'), true, '已重置用户 ' + resetting + ' 的密码，请告知其用新密码登录');
        } catch (failure) {
            Ledger.say($('password-message'), false, failure.message, failure.code);
        }
    });

    $('user-form').addEventListener('submit', async event => {
        event.preventDefault();
        try {
            const user = await Ledger.post('/api/admin/users', {
                username: $('new-username').value.trim(), displayName: $('new-name').value.trim(),
                password: $('new-password').value, role: $('new-role').value, scope: codes($('new-scope').value)});
            Ledger.say($('user-message'), true, '已创建用户 ' + user.username + '（' + user.roleName + '）');
            $('user-form').reset();
            await load();
        } catch (failure) {
            Ledger.say($('user-message'), false, failure.message, failure.code);
        }
    });
    load();
    loadUnits();
})();
