-- Hierarchical inspections 层级检查 (SPEC 5; seed 003 第12篇, seed 000 第1/13/14篇).
-- Instants are BIGINT ms UTC. Templates are versioned: an edit inserts a new version and
-- clears is_current on the old one; a run points at the version it used.

-- The levels of the inspection hierarchy and how often each must inspect (editable by a manager).
-- rank: a higher number is a higher level. Sampling: at least share_num/share_den of the items
-- or area; min_units: at least so many units for cleaning (0: no minimum).
CREATE TABLE inspection_levels (
    code             TEXT PRIMARY KEY,
    rank             INTEGER NOT NULL UNIQUE,
    interval_minutes INTEGER NOT NULL CHECK (interval_minutes > 0),
    share_num        INTEGER NOT NULL DEFAULT 0,
    share_den        INTEGER NOT NULL DEFAULT 1 CHECK (share_den > 0),
    min_units        INTEGER NOT NULL DEFAULT 0,
    row_version      INTEGER NOT NULL DEFAULT 1,
    updated_at       BIGINT,
    updated_by       TEXT
);
-- company manager: at least monthly; project head: every 3 days, >= 1/5 of the items;
-- supervisor: daily, >= 1/5 of the area (cleaning >= 7 units); area lead: twice per 8-hour
-- shift (every 4 hours), >= 1/3 of the area (cleaning >= 7 units); frontline: daily self-check.
INSERT INTO inspection_levels (code, rank, interval_minutes, share_num, share_den, min_units) VALUES ('company_manager', 5, 43200, 0, 1, 0);
INSERT INTO inspection_levels (code, rank, interval_minutes, share_num, share_den, min_units) VALUES ('project_head', 4, 4320, 1, 5, 0);
INSERT INTO inspection_levels (code, rank, interval_minutes, share_num, share_den, min_units) VALUES ('supervisor', 3, 1440, 1, 5, 7);
INSERT INTO inspection_levels (code, rank, interval_minutes, share_num, share_den, min_units) VALUES ('area_lead', 2, 240, 1, 3, 7);
INSERT INTO inspection_levels (code, rank, interval_minutes, share_num, share_den, min_units) VALUES ('frontline', 1, 1440, 1, 1, 0);

CREATE TABLE inspection_templates (
    id          {{ID}},
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '',
    is_current  INTEGER NOT NULL DEFAULT 1,
    created_at  BIGINT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (code, version)
);
CREATE INDEX inspection_templates_current ON inspection_templates (is_current, code);

-- item_key stays with an item across versions, so that a finding can be traced through edits.
CREATE TABLE inspection_template_items (
    id            {{ID}},
    template_id   BIGINT NOT NULL REFERENCES inspection_templates (id),
    position      INTEGER NOT NULL,
    item_key      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    sampling_rule TEXT NOT NULL DEFAULT '',
    criterion     TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, position)
);

-- Who holds which level, over which template (empty: every template) and area, and to whom
-- they answer.
CREATE TABLE inspection_assignments (
    id            {{ID}},
    user_id       BIGINT NOT NULL REFERENCES users (id),
    level_code    TEXT NOT NULL REFERENCES inspection_levels (code),
    template_code TEXT NOT NULL DEFAULT '',
    area          TEXT NOT NULL DEFAULT '',
    superior_id   BIGINT REFERENCES users (id),
    active        INTEGER NOT NULL DEFAULT 1,
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    updated_by    TEXT NOT NULL
);
CREATE INDEX inspection_assignments_user ON inspection_assignments (user_id, active);

CREATE TABLE inspection_runs (
    id             {{ID}},
    template_id    BIGINT NOT NULL REFERENCES inspection_templates (id),
    assignment_id  BIGINT REFERENCES inspection_assignments (id),
    level_code     TEXT NOT NULL REFERENCES inspection_levels (code),
    inspector_id   BIGINT REFERENCES users (id),
    inspector_name TEXT NOT NULL,
    area           TEXT NOT NULL DEFAULT '',
    units_checked  INTEGER NOT NULL DEFAULT 0,
    units_total    INTEGER NOT NULL DEFAULT 0,
    permit_id      BIGINT REFERENCES decoration_permits (id),
    notes          TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'finished')),
    started_at     BIGINT NOT NULL,
    finished_at    BIGINT,
    row_version    INTEGER NOT NULL DEFAULT 1,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX inspection_runs_inspector ON inspection_runs (inspector_id, level_code, finished_at);
CREATE INDEX inspection_runs_assignment ON inspection_runs (assignment_id, finished_at);
CREATE INDEX inspection_runs_started ON inspection_runs (started_at);
CREATE INDEX inspection_runs_permit ON inspection_runs (permit_id);

-- verdict NULL: not yet marked (a draft). photo_path is relative to the database file's folder.
CREATE TABLE inspection_results (
    id         {{ID}},
    run_id     BIGINT NOT NULL REFERENCES inspection_runs (id),
    item_id    BIGINT NOT NULL REFERENCES inspection_template_items (id),
    verdict    TEXT CHECK (verdict IN ('pass', 'fail', 'na')),
    note       TEXT NOT NULL DEFAULT '',
    photo_path TEXT,
    UNIQUE (run_id, item_id)
);

-- A finished run is never changed: a correction is a record of its own.
CREATE TABLE inspection_corrections (
    id         {{ID}},
    run_id     BIGINT NOT NULL REFERENCES inspection_runs (id),
    item_id    BIGINT NOT NULL REFERENCES inspection_template_items (id),
    verdict    TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'na')),
    note       TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL,
    at         BIGINT NOT NULL,
    by_id      BIGINT REFERENCES users (id),
    by_name    TEXT NOT NULL
);
CREATE INDEX inspection_corrections_run ON inspection_corrections (run_id);
-- @append_only inspection_corrections

-- 不合格项. state: open -> fixed_on_spot | rectifying -> closed, or back to sent_back.
CREATE TABLE non_conformities (
    id               {{ID}},
    run_id           BIGINT NOT NULL REFERENCES inspection_runs (id),
    item_id          BIGINT NOT NULL REFERENCES inspection_template_items (id),
    template_code    TEXT NOT NULL,
    item_key         INTEGER NOT NULL,
    area             TEXT NOT NULL DEFAULT '',
    level_code       TEXT NOT NULL,
    level_rank       INTEGER NOT NULL,
    found_at         BIGINT NOT NULL,
    found_by_id      BIGINT REFERENCES users (id),
    found_by_name    TEXT NOT NULL,
    description      TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'fixed_on_spot', 'rectifying', 'sent_back', 'closed')),
    responsible_id   BIGINT REFERENCES users (id),
    responsible_name TEXT,
    deadline         BIGINT,
    steps            TEXT,
    resources        TEXT,
    target_standard  TEXT,
    repeat_of_id     BIGINT REFERENCES non_conformities (id),
    raised_to_id     BIGINT REFERENCES users (id),
    request_id       BIGINT REFERENCES requests (id),
    closed_at        BIGINT,
    row_version      INTEGER NOT NULL DEFAULT 1,
    updated_at       BIGINT NOT NULL,
    updated_by       TEXT NOT NULL
);
CREATE INDEX non_conformities_state ON non_conformities (state, found_at);
CREATE INDEX non_conformities_trace ON non_conformities (template_code, item_key, area, state);
CREATE INDEX non_conformities_raised ON non_conformities (raised_to_id, state);
CREATE INDEX non_conformities_run ON non_conformities (run_id);
CREATE INDEX non_conformities_request ON non_conformities (request_id);

-- Every step of a non-conformity: fixed on the spot, plan, recheck (passed or failed), repeat.
CREATE TABLE non_conformity_events (
    id       {{ID}},
    nc_id    BIGINT NOT NULL REFERENCES non_conformities (id),
    at       BIGINT NOT NULL,
    by_id    BIGINT REFERENCES users (id),
    by_name  TEXT NOT NULL,
    action   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX non_conformity_events_nc ON non_conformity_events (nc_id, at);
-- @append_only non_conformity_events

-- Supervisors' work log 工作日志 (seed 003 第12篇 6.1).
CREATE TABLE work_log (
    id         {{ID}},
    user_id    BIGINT REFERENCES users (id),
    author     TEXT NOT NULL,
    at         BIGINT NOT NULL,
    content    TEXT NOT NULL,
    results    TEXT NOT NULL DEFAULT '',
    analysis   TEXT NOT NULL DEFAULT '',
    measures   TEXT NOT NULL DEFAULT '',
    lessons    TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX work_log_user_at ON work_log (user_id, at);
CREATE INDEX work_log_at ON work_log (at);
-- @append_only work_log

-- The shipped checklists, in the seeds' own words.
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('cleaning', 1, '保洁服务检查表', 'environment', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '地面（室内所有公共区域的大理石、地砖）', '目视地面50公分长', '无明显灰尘、污渍及杂物' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '墙面（室内所有公共区域的墙面）', '用卫生纸擦拭80公分长', '检查卫生纸无明显污渍' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '楼梯（室内所有楼梯）', '抽查2-3层', '无痰渍、烟头、香口胶、纸屑、垃圾及蜘蛛网' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '玻璃及镜面（室内所有玻璃门、窗、墙、镜）', '抽查不同位置3-5处，每处抽查1平方米', '无水渍、污渍、手印，洁净、明亮' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '卫生间', '墙面、地面、洗手盆、小便池、大便池逐项查看', '墙面无水渍、污渍；地面无积水、烟头、纸屑、香口胶等；洗手盆无水渍、洁净；小便池无锈渍、烟头等；大便池无锈渍、不积大便、烟头等、无明显臭味' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '室内外排水沟', '抽查20米', '无烟头、泥沙等垃圾物，无明显臭味' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 7, 7, '明沟', '抽查1-3米', '不积泥沙、垃圾物等，畅通' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 8, 8, '各类标牌、指示牌', '抽查2-3个，用卫生纸擦拭', '无明显灰尘，光亮' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 9, 9, '消防设备设施', '抽查2-3个消防拴', '无灰尘、垃圾及蜘蛛网' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 10, 10, '垃圾桶、烟灰盅、栏杆', '检查3-5个垃圾桶或烟灰盅；抽查10米栏杆；抽查2-3部电梯外门，用卫生纸擦拭', '垃圾桶、烟灰盅无痰渍、污渍、灰尘，保洁明亮；栏杆无灰尘、污渍、光亮；电梯外门明亮无明显灰尘、污渍' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 11, 11, '广场', '抽查50平方米', '无烟头、果皮、纸屑等垃圾物，地面保洁卫生' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 12, 12, '绿化带（池）', '抽查10盆花草；抽查室外绿化带30平方米', '盆内、绿化带内无烟头、饮料盒、纸屑等垃圾物' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 13, 13, '垃圾房', '垃圾清运完后检查', '地面无垃圾；污水沟无垃圾、泥沙、积水；墙面与墙角无灰尘、无蜘蛛网；设备保洁、干净、光亮' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 14, 14, '停车场', '地面抽查30平方米；抽查排水沟20米', '地面无垃圾；墙面与墙角无灰尘、蜘蛛网；排水沟内无烟头、泥沙、垃圾物' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 15, 15, '楼梯扶手', '抽查2-3层楼梯扶手，用卫生纸擦拭', '卫生纸无明显污渍' FROM inspection_templates WHERE code = 'cleaning' AND version = 1;
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('decoration', 1, '装修现场检查表', 'maintenance', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '存档装修公司的资质证书、装修许可证及设计图纸，并对装修单位提供的设计图纸进行审核，对于不合理的设计方案要求修改并要求提供修改方案', '查阅装修档案', '资质证书、装修许可证、设计图纸齐全，不合理方案已修改' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '要求业主及工长在做卫生间及厨房防水时，要按照施工相关标准施工', '现场查看卫生间、厨房', '防水按施工相关标准施工' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '水电改造要求保留线路改造竣工图，以便以后维修使用', '查阅装修档案', '线路改造竣工图已保留' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '与业主及装修公司签定装修噪音协议书，要求施工单位不得在周六、日及节假日噪音施工或超时施工', '查阅协议，现场查看', '协议已签定，无节假日噪音施工或超时施工' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '提示业主及装修公司严禁破坏结构及公共设施设备等行为', '现场查看', '无破坏结构及公共设施设备' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '提示业主燃器管道及弱电管线移位必须找厂家或有资质的专业人员，不得私自改动', '现场查看', '燃气管道、弱电管线无私自改动' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 7, 7, '填写温馨提示，写明装修时间及联系电话', '查看户门', '温馨提示已张贴，装修时间及联系电话齐全' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 8, 8, '对进出小区的装修车辆、装修人员实行出入证管理', '抽查出入口', '装修车辆、人员凭出入证进出' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 9, 9, '装修入场验收提示装修公司及业主：水、电、气、土建、门窗、弱电等设备设施基本使用方法', '查阅入场验收记录', '已提示并有记录' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 10, 10, '装修现场有无灭火器，可燃材料堆放是否整齐，电器使用等安全隐患检查，严禁在装修现场使用明火，吸烟等违规行为', '现场查看', '配有灭火器，可燃材料堆放整齐，无明火、吸烟' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 11, 11, '装修现场有无违规施工，对私拆乱改行为严厉制止并及时上报', '现场查看', '无违规施工；私拆乱改已制止并上报' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 12, 12, '制止在户外门窗安装防盗窗', '查看外立面', '户外门窗无防盗窗' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 13, 13, '督促装修垃圾放到制定位置及装修噪音控制', '现场查看', '装修垃圾在指定位置，噪音受控' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 14, 14, '装修许可证及施工人员出入证检查', '现场查验', '许可证张贴，施工人员持证' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 15, 15, '空调安装位置指定，保证建筑外观的协调统一', '查看外立面', '空调安装在指定位置' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 16, 16, '协调因装修活动造成相邻住宅的受损', '走访相邻住户', '相邻住宅受损已协调' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 17, 17, '制止装修垃圾、油漆等杂物倒入下水管道', '现场查看', '无垃圾、油漆等杂物倒入下水管道' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 18, 18, '制止在公共场所加工作业', '查看楼道及公共区域', '公共场所无加工作业' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 19, 19, '检查特种作业（电焊工、电工）有无向物业申请及相关有效证件', '现场查验证件', '已向物业申请，证件有效' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 20, 20, '装修过程中对业主的题问作解答', '询问业主', '业主的问题已解答' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 21, 21, '装修完工验收', '现场验收', '验收合格，有记录' FROM inspection_templates WHERE code = 'decoration' AND version = 1;
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('security', 1, '公共秩序维护检查表', 'security', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '着装：上岗须着公司统一的护管员制服，戴好帽子，系正领带，扎紧武装带，衣领钮扣全部扣好', '抽查当班护管员', '着装统一、整齐' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '上岗须佩戴好工作牌，工作牌统一佩戴在外衣左上衣袋上方', '抽查当班护管员', '工作牌佩戴位置正确' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '制服领口、袖口处不得显露个人衣物，制服外不得显露个人物品', '抽查当班护管员', '无个人衣物、物品显露' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '行为举止：上岗时举止应文明、大方；精神振作，姿态良好，抬头挺胸', '现场观察', '举止文明，姿态良好' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '值勤时不得抽烟、吃零食，不得看小说杂志、报纸、会客闲聊、吹口哨等与工作无关的事情', '现场观察', '无与工作无关的行为' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '内务：保持宿舍保洁卫生，床位铺面干净平整，被子按要求折叠方正', '抽查宿舍', '宿舍整洁，内务统一' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 7, 7, '室内严禁存放易燃、易爆、剧毒及其他危险品', '抽查宿舍', '无危险品' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 8, 8, '护管实行24小时值班制，每班提前10分钟进行交接班', '查阅交接班记录', '按时交接，记录齐全' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 9, 9, '护管器材：对讲机、警棍等保管好，交接班时做好护管器械的交接验收记录', '查验器材及交接记录', '器材完好，记录齐全' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 10, 10, '对讲机按规定频率正确操作，执勤中禁止使用对讲机聊天、说笑', '抽听对讲机', '按规定使用' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 11, 11, '外来人员进出，值班人员填写《来访登记表》，谢绝推销和其他闲杂人员进入', '查阅来访登记表', '登记完整' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 12, 12, '用户搬出物品时，查验《出入物品申报表》后予以放行，同时收回《出入物品申报表》', '查阅出入物品申报表', '查验后放行，申报表已收回' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 13, 13, '巡逻时要多走、多看、多听、多嗅，重点检查治安、防火、防盗等情况，做好《值班记录表》', '查阅巡逻签到及值班记录', '按时巡逻，问题已处理并上报' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 14, 14, '巡逻中发现可疑人员，要前往盘查，必要时检查其所带物品', '询问当班护管员', '处置符合规定' FROM inspection_templates WHERE code = 'security' AND version = 1;
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('maintenance', 1, '维修服务检查表', 'maintenance', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '接报修的时效性', '抽查报修记录5单', '按时限到场、完工' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '入户维修的时间及质量', '回访抽查3户', '按约定时间完成，质量合格，现场清理干净' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '公共设备设施的维护保养', '查阅保养记录', '按计划保养，记录齐全' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '公共设备设施运转情况（供水、供电、电梯、照明）', '现场查看', '运转正常，无故障' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '装修管理情况', '抽查装修户2户', '按装修管理服务工作标准执行' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '设备机房、泵房', '现场查看', '整洁，无跑、冒、滴、漏' FROM inspection_templates WHERE code = 'maintenance' AND version = 1;
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('customer_service', 1, '客户服务检查表', 'customer_service', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '对客服务态度', '现场观察，抽查回访', '热情礼貌，首问负责' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '接报修相关各项记录', '抽查会签单5份', '记录完整，时间准确' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '业主档案的建立', '抽查业主档案5户', '档案齐全，及时更新' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '各类资料档案的存档', '查阅档案', '分类存档，查找方便' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '回访管理', '抽查回访记录5单', '按规定回访，记录完整' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '投诉处理管理', '抽查投诉记录', '按时限处理并答复' FROM inspection_templates WHERE code = 'customer_service' AND version = 1;
INSERT INTO inspection_templates (code, version, name, category, is_current, created_at, created_by) VALUES ('fire', 1, '消防设施检查表', 'security', 1, 0, 'estatedesk');
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 1, 1, '消防栓', '抽查2-3个消防拴', '无灰尘、垃圾及蜘蛛网，配件齐全' FROM inspection_templates WHERE code = 'fire' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 2, 2, '灭火器', '每层抽查1-2具', '压力正常，在有效期内，摆放在指定位置' FROM inspection_templates WHERE code = 'fire' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 3, 3, '疏散通道、安全出口', '巡查楼梯间、通道', '畅通，无杂物堆放' FROM inspection_templates WHERE code = 'fire' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 4, 4, '应急照明、疏散指示标志', '抽查3-5处', '完好有效' FROM inspection_templates WHERE code = 'fire' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 5, 5, '消防控制室', '查阅值班记录', '24小时值班，记录齐全' FROM inspection_templates WHERE code = 'fire' AND version = 1;
INSERT INTO inspection_template_items (template_id, position, item_key, text, sampling_rule, criterion) SELECT id, 6, 6, '装修现场消防安全', '抽查装修户', '配有灭火器，无明火、吸烟等违规行为' FROM inspection_templates WHERE code = 'fire' AND version = 1;
