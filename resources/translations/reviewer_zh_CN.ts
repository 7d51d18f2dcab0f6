<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddObjectionDialog</name>
    <message>
        <source>Add an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Record the objection as it was received. Its reply is due {days} working days after the day of receipt.</source>
        <translation>请如实登记收到的异议。答复期限为收到之日起 {days} 个工作日（收到当日不计入）。</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申报项目：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>From (name):</source>
        <translation>异议人姓名：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>所在单位：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>The objection:</source>
        <translation>异议内容：</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <source>Edit applicant</source>
        <translation>编辑申报单位</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加申报单位</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>留空则按名称自动生成</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>{file} cannot be read as an Excel workbook ({detail}). Save the applicant list as an .xlsx file and import it again.</source>
        <translation>{file} 无法作为 Excel 工作簿读取（{detail}）。请将申报单位名单另存为 .xlsx 文件后重新导入。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). Add that column and import the list again.</source>
        <translation>{file}，工作表“{sheet}”：表头行（第 {row} 行）中没有“{field}”列。请添加该列后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the list holds no applicants. Fill in one applicant per row below the header and import the list again.</source>
        <translation>{file}，工作表“{sheet}”：名单中没有申报单位。请在表头下方每行填写一个申报单位后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：该单元格是公式。请直接填写数值后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. Fill it in and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：此必填项为空。请填写后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, more than the {limit} allowed. Shorten it and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：内容有 {length} 个字符，超过允许的 {limit} 个。请删减后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a track. Write 城市 or 部门 and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：“{value}”不是申报类别。请填写“城市”或“部门”后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is also given in cell {other}. List each applicant once and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：“{value}”在单元格 {other} 中也已填写。每个申报单位只列一次，修改后重新导入名单。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the code “{value}” is already the registered applicant {other}&apos;s. Give another code and import the list again.</source>
        <translation>{file}，工作表“{sheet}”，单元格 {cell}（{field}）：编号“{value}”已被已登记的申报单位“{other}”使用。请换一个编号后重新导入名单。</translation>
    </message>
</context>
<context>
    <name>ApplicantsTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申报项目数</translation>
    </message>
</context>
<context>
    <name>ApplicantsView</name>
    <message>
        <source>Search name, region, contact…</source>
        <translation>搜索名称、地区、联系人…</translation>
    </message>
    <message>
        <source>Add Applicant…</source>
        <translation>添加申报单位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Pilot domains</source>
        <translation>试点领域</translation>
    </message>
    <message>
        <source>Districts/counties</source>
        <translation>试点区县</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Experts done</source>
        <translation>已完成专家</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Search applicant, domain, district, status…</source>
        <translation>搜索申报单位、试点领域、区县、状态…</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>设置状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Eligibility Conditions…</source>
        <translation>资格条件…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>显示 {shown} / 共 {total}</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申报单位：</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Pilot domains:</source>
        <translation>试点领域：</translation>
    </message>
    <message>
        <source>Districts/counties:</source>
        <translation>试点区县：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>总投资：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>审查清单：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>申报材料：</translation>
    </message>
    <message>
        <source>{kind}: {file} ({size})</source>
        <translation>{kind}：{file}（{size}）</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Not archived: {name} ({path}) no longer exists.</source>
        <translation>未归档：{name}（{path}）已不存在。</translation>
    </message>
    <message>
        <source>Not archived: {name} ({path}) is no longer what Reviewer wrote.</source>
        <translation>未归档：{name}（{path}）已与 Reviewer 生成时不一致。</translation>
    </message>
    <message>
        <source>Copying the campaign</source>
        <translation>正在复制评审批次</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>正在加入 {name}</translation>
    </message>
    <message>
        <source>Adding the audit log</source>
        <translation>正在加入审计日志</translation>
    </message>
    <message>
        <source>manifest.json lists no files</source>
        <translation>manifest.json 未列出任何文件</translation>
    </message>
    <message>
        <source>manifest.json lists a file without a name</source>
        <translation>manifest.json 列出的某个文件没有名称</translation>
    </message>
    <message>
        <source>manifest.json names {name}, which no archive holds</source>
        <translation>manifest.json 列出了 {name}，档案中不应有此路径</translation>
    </message>
    <message>
        <source>manifest.json gives no SHA-256 for {name}</source>
        <translation>manifest.json 未给出 {name} 的 SHA-256</translation>
    </message>
    <message>
        <source>manifest.json gives no size for {name}</source>
        <translation>manifest.json 未给出 {name} 的大小</translation>
    </message>
    <message>
        <source>{path}: changed since it was archived</source>
        <translation>{path}：归档后已被改动</translation>
    </message>
    <message>
        <source>{path}: missing from the archive</source>
        <translation>{path}：档案中缺少此文件</translation>
    </message>
    <message>
        <source>{path}: not in the manifest</source>
        <translation>{path}：不在清单中</translation>
    </message>
    <message>
        <source>{path}: not the document the campaign recorded writing</source>
        <translation>{path}：不是评审批次记录中生成的那份文书</translation>
    </message>
    <message>
        <source>{path}: the locked results no longer match the fingerprint {fingerprint}</source>
        <translation>{path}：锁定的结果与校验码 {fingerprint} 不再一致</translation>
    </message>
    <message>
        <source>it declares {count} members, more than any archive</source>
        <translation>其声明含有 {count} 个文件，远超正常档案</translation>
    </message>
    <message>
        <source>it is not a zip file, or a damaged one</source>
        <translation>它不是 zip 文件，或已损坏</translation>
    </message>
    <message>
        <source>it holds a member named {name}, outside its folders</source>
        <translation>其中有名为 {name} 的文件，指向档案文件夹之外</translation>
    </message>
    <message>
        <source>it holds two members named {name}</source>
        <translation>其中有两个同名文件 {name}</translation>
    </message>
    <message>
        <source>its member {name} is a link</source>
        <translation>其中的 {name} 是链接</translation>
    </message>
    <message>
        <source>its member {name} is larger than any archive holds</source>
        <translation>其中的 {name} 超出档案文件的大小上限</translation>
    </message>
    <message>
        <source>it holds no manifest.json</source>
        <translation>其中没有 manifest.json</translation>
    </message>
    <message>
        <source>its manifest.json is not readable JSON</source>
        <translation>其中的 manifest.json 不是可读取的 JSON</translation>
    </message>
    <message>
        <source>its member {name} is damaged ({detail})</source>
        <translation>其中的 {name} 已损坏（{detail}）</translation>
    </message>
    <message>
        <source>Checking the locked results</source>
        <translation>正在核验锁定的结果</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Verify Archive…</source>
        <translation>核验档案(&amp;V)…</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>{campaign}-archive-{date}</source>
        <translation>{campaign}-归档-{date}</translation>
    </message>
    <message>
        <source>Archive the campaign</source>
        <translation>归档评审批次</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Archiving the campaign</source>
        <translation>正在归档评审批次</translation>
    </message>
    <message>
        <source>Cannot write the archive</source>
        <translation>无法写入档案</translation>
    </message>
    <message>
        <source>Archived {count} files to {path}. Keep it until {until}.</source>
        <translation>已将 {count} 个文件归档至 {path}。请至少保存至 {until}。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Verify an archive</source>
        <translation>核验档案</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>正在核验档案</translation>
    </message>
    <message>
        <source>Cannot verify the archive</source>
        <translation>无法核验档案</translation>
    </message>
    <message>
        <source>Verify Archive</source>
        <translation>核验档案</translation>
    </message>
    <message>
        <source>All {count} files of {path} match its manifest.</source>
        <translation>{path} 中的全部 {count} 个文件均与清单一致。</translation>
    </message>
    <message>
        <source>{path} no longer matches its manifest:</source>
        <translation>{path} 与其清单不再一致：</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>至多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>多余的参数值 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the panel</source>
        <translation>分配评审任务</translation>
    </message>
    <message>
        <source>Every expert scores every complete application (a review meeting)</source>
        <translation>每位专家评审全部材料齐全的申报项目（集中评审会）</translation>
    </message>
    <message>
        <source>Experts per application:</source>
        <translation>每个申报项目的评审专家人数：</translation>
    </message>
    <message>
        <source>an odd number</source>
        <translation>且为单数</translation>
    </message>
    <message>
        <source>Panel rule: at least</source>
        <translation>专家组规则：每个申报项目至少</translation>
    </message>
    <message>
        <source>experts per application,</source>
        <translation>名评审专家，</translation>
    </message>
    <message>
        <source>(87号令 §47)</source>
        <translation>（87号令第四十七条）</translation>
    </message>
    <message>
        <source>Experts tied to an applicant are never assigned to it. Assignments that already have scores are kept.</source>
        <translation>与申报单位存在利害关系的专家不会被分配到该单位的项目。已有评分的任务予以保留。</translation>
    </message>
    <message>
        <source>Reserve experts are not assigned: one is proposed where a recusal or a missing return leaves a panel too small or even.</source>
        <translation>备选专家不参加分配；某项申报因专家回避或未交回评分致使评审专家人数不足或为双数时，系统会提出补入的备选专家。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Find: a name, a file, an expert number…</source>
        <translation>查找：名称、文件、专家编号…</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Show the raw record</source>
        <translation>显示原始记录</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>显示 {shown} / 共 {total} 条</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>选中一条记录查看详情。</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Campaign created</source>
        <translation>创建评审批次</translation>
    </message>
    <message>
        <source>Demo campaign created</source>
        <translation>创建示例评审批次</translation>
    </message>
    <message>
        <source>Applicant added</source>
        <translation>添加申报单位</translation>
    </message>
    <message>
        <source>Applicant changed</source>
        <translation>修改申报单位</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>导入申报材料</translation>
    </message>
    <message>
        <source>Package replaced</source>
        <translation>替换申报材料</translation>
    </message>
    <message>
        <source>Application status changed</source>
        <translation>修改申报状态</translation>
    </message>
    <message>
        <source>Expert added</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <source>Expert changed</source>
        <translation>修改专家信息</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>声明回避</translation>
    </message>
    <message>
        <source>Conflict check done</source>
        <translation>完成回避确认</translation>
    </message>
    <message>
        <source>Commitment text changed</source>
        <translation>修改评审承诺文本</translation>
    </message>
    <message>
        <source>Commitment accepted</source>
        <translation>确认评审承诺</translation>
    </message>
    <message>
        <source>Paper commitment recorded</source>
        <translation>登记书面承诺签字</translation>
    </message>
    <message>
        <source>Panel assigned</source>
        <translation>分配评审专家</translation>
    </message>
    <message>
        <source>Rubric changed</source>
        <translation>修改评分细则</translation>
    </message>
    <message>
        <source>Kit or sheet issued</source>
        <translation>发放评分包或评分表</translation>
    </message>
    <message>
        <source>Scores imported</source>
        <translation>导入评分</translation>
    </message>
    <message>
        <source>Re-score round opened</source>
        <translation>开启复评轮次</translation>
    </message>
    <message>
        <source>Discussion note</source>
        <translation>讨论记录</translation>
    </message>
    <message>
        <source>Dissent recorded</source>
        <translation>记录异议</translation>
    </message>
    <message>
        <source>Deviation explained in writing</source>
        <translation>偏离评分已书面说明</translation>
    </message>
    <message>
        <source>Results locked</source>
        <translation>锁定结果</translation>
    </message>
    <message>
        <source>Results unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评分轮次</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>结果锁定</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>panel leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>ties to applicants</source>
        <translation>与申报单位的关系</translation>
    </message>
    <message>
        <source>fewest experts</source>
        <translation>最少专家人数</translation>
    </message>
    <message>
        <source>odd number</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>lowest final score</source>
        <translation>最低最终得分</translation>
    </message>
    <message>
        <source>tie-break</source>
        <translation>同分排序依据</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>days of notice</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>days to reply</source>
        <translation>答复天数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>eligibility conditions set: {gates}; statuses changed: {count}</source>
        <translation>资格条件设为：{gates}；状态发生变化的申报：{count} 项</translation>
    </message>
    <message>
        <source>package imported: {files}, {status}</source>
        <translation>导入申报材料：{files}，{status}</translation>
    </message>
    <message>
        <source>package replaced: {old} → {new}, {status}</source>
        <translation>替换申报材料：{old} → {new}，{status}</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>状态 {old} → {new}</translation>
    </message>
    <message>
        <source>{kind} issued for round {round}: {count} applications</source>
        <translation>发放第 {round} 轮{kind}：{count} 个申报项目</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>scores imported from {file}: {count} scores, round {round}</source>
        <translation>从 {file} 导入评分：{count} 项，第 {round} 轮</translation>
    </message>
    <message>
        <source>dissent of expert {expert}: {text}</source>
        <translation>专家 {expert} 的不同意见：{text}</translation>
    </message>
    <message>
        <source>discussion note: {text}</source>
        <translation>讨论记录：{text}</translation>
    </message>
    <message>
        <source>decision: {outcome} (rank {rank})</source>
        <translation>决定：{outcome}（排名 {rank}）</translation>
    </message>
    <message>
        <source>objection about {about} answered: {reply}</source>
        <translation>关于{about}的异议已答复：{reply}</translation>
    </message>
    <message>
        <source>objection about {about} closed: {outcome}</source>
        <translation>关于{about}的异议已办结：{outcome}</translation>
    </message>
    <message>
        <source>objection about {about} received from {objector} ({unit}) on {date}</source>
        <translation>{date} 收到{objector}（{unit}）关于{about}的异议</translation>
    </message>
    <message>
        <source>answer to the review report withdrawn</source>
        <translation>撤回对评审报告的签署意见</translation>
    </message>
    <message>
        <source>signed the review report</source>
        <translation>签署评审报告</translation>
    </message>
    <message>
        <source>signed the review report with a dissent: {reasons}</source>
        <translation>签署评审报告并持不同意见：{reasons}</translation>
    </message>
    <message>
        <source>did not sign the review report: {reasons}</source>
        <translation>未签署评审报告：{reasons}</translation>
    </message>
    <message>
        <source>no star grade</source>
        <translation>不评定星级</translation>
    </message>
    <message>
        <source>acceptance outcome bands set: {bands}</source>
        <translation>设置验收结论分档：{bands}</translation>
    </message>
    <message>
        <source>campaign created: {title}</source>
        <translation>创建评审批次：{title}</translation>
    </message>
    <message>
        <source>demo campaign created</source>
        <translation>创建示例评审批次</translation>
    </message>
    <message>
        <source>restored from the backup {backup} taken {taken}</source>
        <translation>从 {taken} 的备份 {backup} 恢复</translation>
    </message>
    <message>
        <source>registered ({region})</source>
        <translation>登记（{region}）</translation>
    </message>
    <message>
        <source>changed: {changes}</source>
        <translation>修改：{changes}</translation>
    </message>
    <message>
        <source>added to the experts ({affiliation})</source>
        <translation>加入专家名单（{affiliation}）</translation>
    </message>
    <message>
        <source>tie to {applicant} ({relation}) in effect: the applicant registered</source>
        <translation>与 {applicant} 的关联关系（{relation}）已生效：该申报单位已登记</translation>
    </message>
    <message>
        <source>carried over from {source}: experts {experts}; ties kept pending {pending}</source>
        <translation>自 {source} 沿用：专家 {experts} 名；待生效的关联关系 {pending} 条</translation>
    </message>
    <message>
        <source>{review} of the pilots {source} approved (results {fingerprint}): {pilots}</source>
        <translation>对“{source}”批准的试点建立{review}评审（结果指纹 {fingerprint}）：{pilots}</translation>
    </message>
    <message>
        <source>approval letter of {applicant}: {number} of {date}; pilot period to {end}</source>
        <translation>{applicant}的批复：{number}（{date}）；试点期至 {end}</translation>
    </message>
    <message>
        <source>conflict declared by expert {expert}</source>
        <translation>专家 {expert} 声明回避</translation>
    </message>
    <message>
        <source>conflicts checked; declared: {declared}</source>
        <translation>完成回避确认；声明回避：{declared}</translation>
    </message>
    <message>
        <source>review commitment text changed</source>
        <translation>修改评审承诺文本</translation>
    </message>
    <message>
        <source>review commitment accepted; recused from: {recusals}</source>
        <translation>确认评审承诺；回避：{recusals}</translation>
    </message>
    <message>
        <source>paper commitment signed on {date}</source>
        <translation>{date} 签署书面承诺</translation>
    </message>
    <message>
        <source>expert {expert} added to the panel</source>
        <translation>专家 {expert} 补入评审专家组</translation>
    </message>
    <message>
        <source>panel rules: {changes}</source>
        <translation>专家组规则：{changes}</translation>
    </message>
    <message>
        <source>rubric version {old} → {new}: {title}</source>
        <translation>评分细则版本 {old} → {new}：{title}</translation>
    </message>
    <message>
        <source>re-score round {round} opened for {count} applications</source>
        <translation>开启第 {round} 轮复评：{count} 个申报项目</translation>
    </message>
    <message>
        <source>re-acceptance opened for {count} pilots, to rectify by {date}</source>
        <translation>开展复验，涉及 {count} 个试点，整改期限至 {date}</translation>
    </message>
    <message>
        <source>deviation of expert {expert} explained: {text}</source>
        <translation>专家 {expert} 的偏离评分已说明：{text}</translation>
    </message>
    <message>
        <source>results locked ({method})</source>
        <translation>结果锁定（{method}）</translation>
    </message>
    <message>
        <source>results unlocked ({ground} {text})</source>
        <translation>解除结果锁定（{ground} {text}）</translation>
    </message>
    <message>
        <source>ranking rules: {changes}</source>
        <translation>排序规则：{changes}</translation>
    </message>
    <message>
        <source>public notice from {start}: {term} days, replies within {reply} days</source>
        <translation>自 {start} 起公示 {term} 天，{reply} 天内答复</translation>
    </message>
    <message>
        <source>feedback letter saved, edited from the draft</source>
        <translation>保存反馈意见（已在草稿基础上修改）</translation>
    </message>
    <message>
        <source>feedback letter saved as drafted</source>
        <translation>保存反馈意见（按草稿原文）</translation>
    </message>
    <message>
        <source>documents written: {names}</source>
        <translation>生成文书：{names}</translation>
    </message>
    <message>
        <source>Applicant {name}</source>
        <translation>申报单位 {name}</translation>
    </message>
    <message>
        <source>Expert {expert}</source>
        <translation>专家 {expert}</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>第 {round} 轮</translation>
    </message>
    <message>
        <source>{subject}: {event}</source>
        <translation>{subject}：{event}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before merging</source>
        <translation>汇总前</translation>
    </message>
    <message>
        <source>before locking</source>
        <translation>锁定前</translation>
    </message>
    <message>
        <source>before writing the documents</source>
        <translation>生成文件前</translation>
    </message>
    <message>
        <source>before importing score files</source>
        <translation>导入评分文件前</translation>
    </message>
    <message>
        <source>before restoring a backup</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <source>No backup: a campaign in a database is backed up by its server.</source>
        <translation>未备份：数据库中的评审批次由其服务器负责备份。</translation>
    </message>
    <message>
        <source>No backup: nothing changed since {name}.</source>
        <translation>未备份：自 {name} 以来没有变化。</translation>
    </message>
    <message>
        <source>No backup in {folder}: {detail}</source>
        <translation>无法在 {folder} 中备份：{detail}</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Reviewer backs the campaign up by itself before merging, locking, writing the documents and importing score files, and keeps the last {keep} of each kind in {folder}. Restoring puts the chosen backup in place of the campaign; the campaign as it is now is backed up first, so a restore can be undone.</source>
        <translation>Reviewer 在汇总评分、锁定结果、生成文件和导入评分文件之前自动备份评审批次，每类保留最近 {keep} 份，存放在 {folder}。恢复会用所选备份替换当前评审批次；替换前先备份当前状态，因此恢复可以撤销。</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken before the first merge.</source>
        <translation>尚无备份：第一次汇总评分前会自动备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the backup taken {when} ({why}) in place of the campaign? Changes made since then are set aside in a new backup, from which they can be restored.</source>
        <translation>用 {when}（{why}）的备份替换当前评审批次吗？此后所做的修改会另存为一份新备份，可以从中恢复。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Acceptance outcome bands</source>
        <translation>验收结论分档</translation>
    </message>
    <message>
        <source>A pilot&apos;s outcome follows its final score on the locked results. Each band starts at its edge (included) and runs to the next band&apos;s edge; the pass band runs to 100.</source>
        <translation>试点的验收结论按其在锁定结果中的最终得分确定。每一档自其下限（含）起，至上一档下限止（不含）；“通过”档至 100 分（含）。</translation>
    </message>
    <message>
        <source>Send pilots between the edges to rectify</source>
        <translation>两档之间的试点整改后复验</translation>
    </message>
    <message>
        <source>{outcome} from:</source>
        <translation>{outcome}下限：</translation>
    </message>
    <message>
        <source>Below these: {outcome}.</source>
        <translation>低于上述分数：{outcome}。</translation>
    </message>
    <message>
        <source>Star grade of the pilots that pass</source>
        <translation>通过验收试点的星级评定</translation>
    </message>
    <message>
        <source>The 2012 measures grade the pilots that pass with one, two or three stars, but no published rule maps a score to a star: these thresholds are the secretariat&apos;s own.</source>
        <translation>2012 年《国家智慧城市试点暂行管理办法》将通过的试点评定为一星、二星、三星，但未见公开的分数与星级对应规则：以下分数线由评审办公室自行确定。</translation>
    </message>
    <message>
        <source>{grade} from:</source>
        <translation>{grade}下限：</translation>
    </message>
    <message>
        <source>Each edge must be a number, like 60 or 72.5.</source>
        <translation>各档下限须为数字，如 60 或 72.5。</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>评审项目数</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Offset from the panel</source>
        <translation>与专家组均值之差</translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation>离散度（标准差）</translation>
    </message>
    <message>
        <source>Bias (additive model)</source>
        <translation>偏差（加性模型）</translation>
    </message>
</context>
<context>
    <name>CampaignLoading</name>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Handed in on {submitted}, after the deadline of {deadline}.</source>
        <translation>于 {submitted} 报送，晚于截止日期 {deadline}。</translation>
    </message>
    <message>
        <source>The application form is present and filled in.</source>
        <translation>申报书已提交并已填写。</translation>
    </message>
    <message>
        <source>The application form is missing.</source>
        <translation>缺少申报书。</translation>
    </message>
    <message>
        <source>The application form has no problems.</source>
        <translation>申报书填写无误。</translation>
    </message>
    <message>
        <source>The application form has {count} {count:problem|problems}: {first}</source>
        <translation>申报书有 {count} 处问题：{first}</translation>
    </message>
    <message>
        <source>The implementation plan is present in electronic form: {file}</source>
        <translation>已提交实施方案电子版：{file}</translation>
    </message>
    <message>
        <source>The implementation plan is missing in electronic form.</source>
        <translation>缺少实施方案电子版。</translation>
    </message>
    <message>
        <source>The leading-group document is present: {file}</source>
        <translation>已提交领导小组成立文件：{file}</translation>
    </message>
    <message>
        <source>The leading-group document is missing.</source>
        <translation>缺少领导小组成立文件。</translation>
    </message>
    <message>
        <source>Two districts/counties are named: {names}</source>
        <translation>已确定 2 个试点区县：{names}</translation>
    </message>
    <message>
        <source>Names {count} {count:district or county|districts or counties}; the call asks for 2.</source>
        <translation>仅确定了 {count} 个试点区县，申报要求为 2 个。</translation>
    </message>
    <message>
        <source>The open-data plan is filled in.</source>
        <translation>已填写开放数据工作计划。</translation>
    </message>
    <message>
        <source>The form states no open-data plan (“{text}”); the call requires open-data work of every pilot.</source>
        <translation>申报书表明不开展开放数据工作（“{text}”），而指导意见要求每个试点必须开展开放数据工作。</translation>
    </message>
    <message>
        <source>The self-evaluation report (自评价报告) is present: {file}</source>
        <translation>已附试点工作自评价报告：{file}</translation>
    </message>
    <message>
        <source>The self-evaluation report (自评价报告) is missing.</source>
        <translation>缺少试点工作自评价报告。</translation>
    </message>
    <message>
        <source>The form states what was built.</source>
        <translation>表中已填写建设内容完成情况。</translation>
    </message>
    <message>
        <source>The form does not state what was built.</source>
        <translation>表中未填写建设内容完成情况。</translation>
    </message>
    <message>
        <source>The form states the progress of the pilot&apos;s construction.</source>
        <translation>表中已填写试点建设进展情况。</translation>
    </message>
    <message>
        <source>The form does not state the progress of the pilot&apos;s construction.</source>
        <translation>表中未填写试点建设进展情况。</translation>
    </message>
    <message>
        <source>Investment made: {invested} (10,000 yuan) against {planned} planned.</source>
        <translation>已完成投资 {invested} 万元，计划投资 {planned} 万元。</translation>
    </message>
    <message>
        <source>The form does not state the investment made.</source>
        <translation>表中未填写完成投资额。</translation>
    </message>
    <message>
        <source>The open data delivered is stated.</source>
        <translation>表中已填写开放数据交付情况。</translation>
    </message>
    <message>
        <source>The form states no open data delivered (“{text}”); the call requires open-data work of every pilot.</source>
        <translation>表中填写未交付开放数据（“{text}”）；指导意见要求每个试点都必须开展开放数据工作。</translation>
    </message>
    <message>
        <source>The form names no district/county; the call asks for 2. {first}</source>
        <translation>申报书未填写试点区县，指导意见要求选择 2 个。{first}</translation>
    </message>
    <message>
        <source>The open-data plan is missing. {first}</source>
        <translation>缺少开放数据工作计划。{first}</translation>
    </message>
    <message>
        <source>The open data delivered is not stated. {first}</source>
        <translation>未填写开放数据交付情况。{first}</translation>
    </message>
    <message>
        <source>the call, 三(一) and 三(二): who applies in which track</source>
        <translation>《指导意见》三（一）、三（二）：申报主体与申报类别</translation>
    </message>
    <message>
        <source>the call, 二(二): each pilot city chooses 2 districts/counties</source>
        <translation>《指导意见》二（二）：各试点市要选择2个区县</translation>
    </message>
    <message>
        <source>the call, 二(一) and 二(二): every pilot must carry out open-data work</source>
        <translation>《指导意见》二（一）、二（二）：试点必须开展开放数据工作</translation>
    </message>
    <message>
        <source>the call, 一(一): core technology secure and controllable</source>
        <translation>《指导意见》一（一）：核心技术和基础软硬件自主可控</translation>
    </message>
    <message>
        <source>the call, 四(一): the application form</source>
        <translation>《指导意见》四（一）：申报书</translation>
    </message>
    <message>
        <source>the call, 四(一): the implementation plan</source>
        <translation>《指导意见》四（一）：实施方案</translation>
    </message>
    <message>
        <source>the call, 四(二): the leading-group document</source>
        <translation>《指导意见》四（二）：领导小组成立文件</translation>
    </message>
    <message>
        <source>the acceptance form</source>
        <translation>验收申请表</translation>
    </message>
    <message>
        <source>the self-evaluation report (自评价报告)</source>
        <translation>试点工作自评价报告</translation>
    </message>
    <message>
        <source>The applicant may apply in the track</source>
        <translation>申报主体符合申报类别</translation>
    </message>
    <message>
        <source>Two districts/counties</source>
        <translation>选择2个区县</translation>
    </message>
    <message>
        <source>Open-data work</source>
        <translation>开展开放数据工作</translation>
    </message>
    <message>
        <source>Secure and controllable technology</source>
        <translation>核心技术自主可控</translation>
    </message>
    <message>
        <source>The application form</source>
        <translation>申报书</translation>
    </message>
    <message>
        <source>The implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>The leading-group document</source>
        <translation>领导小组成立文件</translation>
    </message>
    <message>
        <source>Open data delivered</source>
        <translation>开放数据交付</translation>
    </message>
    <message>
        <source>The self-evaluation report</source>
        <translation>自评价报告</translation>
    </message>
    <message>
        <source>Not eligible ({clause}): {sentence}</source>
        <translation>不符合资格条件（{clause}）：{sentence}</translation>
    </message>
    <message>
        <source>Incomplete: {sentence}</source>
        <translation>材料不全：{sentence}</translation>
    </message>
    <message>
        <source>Core technology and base hardware/software are declared secure and controllable.</source>
        <translation>已承诺核心技术和基础软硬件自主可控。</translation>
    </message>
    <message>
        <source>Core technology and base hardware/software are not declared secure and controllable, which the call requires.</source>
        <translation>未承诺核心技术和基础软硬件自主可控，不符合申报要求。</translation>
    </message>
    <message>
        <source>The applicant may apply in this track.</source>
        <translation>申报单位符合该类别的申报主体要求。</translation>
    </message>
    <message>
        <source>Only cities apply in the city track and departments in the department track.</source>
        <translation>市级区域试点只能由市申报，省级部门试点只能由省级部门申报。</translation>
    </message>
    <message>
        <source>Handed in on {submitted}, on or before the deadline of {deadline}.</source>
        <translation>于 {submitted} 报送，未超过截止日期 {deadline}。</translation>
    </message>
    <message>
        <source>Status set to {status} by {actor}: {reason}</source>
        <translation>{actor} 将状态设为“{status}”：{reason}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>must be 1 or more</source>
        <translation>必须大于或等于 1</translation>
    </message>
    <message>
        <source>Reviewer: expert review of smart-city pilot applications. Without a verb, opens the desktop app (optionally on CAMPAIGN).</source>
        <translation>Reviewer：智慧城市试点申报专家评审。不带子命令时打开桌面程序（可指定评审批次文件 CAMPAIGN）。</translation>
    </message>
    <message>
        <source>print the program&apos;s version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <source>write the demo campaign to PATH</source>
        <translation>将演示评审批次写入 PATH</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>PATH 已存在时覆盖</translation>
    </message>
    <message>
        <source>also write the demo&apos;s 17 application packages into DIR, to try importing</source>
        <translation>同时将演示用的 17 份申报材料写入 DIR，供试用导入功能</translation>
    </message>
    <message>
        <source>replace PATH, and the packages in DIR, if they exist</source>
        <translation>PATH 及 DIR 中的申报材料已存在时予以替换</translation>
    </message>
    <message>
        <source>print a campaign&apos;s figures</source>
        <translation>输出评审批次的统计数据</translation>
    </message>
    <message>
        <source>put the campaign, its documents, the returned score files and the audit log into one zip with a manifest, to keep 15 years</source>
        <translation>将评审批次、已生成的文书、交回的评分文件和审计日志连同清单打包为一个 zip 档案，保存 15 年</translation>
    </message>
    <message>
        <source>replace FILE.zip if it exists</source>
        <translation>FILE.zip 已存在时予以替换</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>check an archive: every file&apos;s SHA-256 and the locked results&apos; fingerprint</source>
        <translation>核验档案：逐一核对文件的 SHA-256 和锁定结果的校验码</translation>
    </message>
    <message>
        <source>Archived {count} files to {path}; keep it until {until}.</source>
        <translation>已将 {count} 个文件归档至 {path}；请至少保存至 {until}。</translation>
    </message>
    <message>
        <source>All {count} files match the manifest.</source>
        <translation>全部 {count} 个文件均与清单一致。</translation>
    </message>
    <message>
        <source>write the application form template (.xlsx) to PATH</source>
        <translation>将申报书模板（.xlsx）写入 PATH</translation>
    </message>
    <message>
        <source>the track the form is for (default: city)</source>
        <translation>申报书适用的类别（默认：city 市级区域试点）</translation>
    </message>
    <message>
        <source>the review the form is for: the selection&apos;s application form (default), the acceptance review&apos;s or the mid-term evaluation&apos;s</source>
        <translation>表格所属的评审：遴选的申报书（默认）、验收申请表或中期评估申请表</translation>
    </message>
    <message>
        <source>write the expert list template instead of the application form</source>
        <translation>写入专家名单模板（而非申报书模板）</translation>
    </message>
    <message>
        <source>show or set which checks make a package ineligible rather than incomplete</source>
        <translation>查看或设置哪些审查项不通过即不符合资格条件（而非材料不全）</translation>
    </message>
    <message>
        <source>make CHECK a gate: failing it makes a package ineligible</source>
        <translation>将 CHECK 设为资格条件：不通过即不符合资格条件</translation>
    </message>
    <message>
        <source>make CHECK a completeness check: failing it makes it incomplete</source>
        <translation>将 CHECK 设为形式审查项：不通过即材料不全</translation>
    </message>
    <message>
        <source>Wrote the {review} form template to {path}</source>
        <translation>已将{review}申请表模板写入 {path}</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>资格条件</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <source>import the expert panel from an .xlsx expert list</source>
        <translation>从 .xlsx 专家名单导入专家组</translation>
    </message>
    <message>
        <source>assign the panel to the complete applications (every expert, or K each)</source>
        <translation>为材料齐全的申报项目分配评审专家（全部专家，或每项 K 位）</translation>
    </message>
    <message>
        <source>K experts per application, load spread evenly</source>
        <translation>每个申报项目 K 位专家，工作量均衡分配</translation>
    </message>
    <message>
        <source>show or set the panel rule (at least N experts, an odd number: 87号令 §47) and list the applications whose panel breaks it, with the reserves proposed</source>
        <translation>查看或设置专家组规则（至少 N 名专家且为单数：87号令第四十七条），并列出不符合规则的申报项目及建议补入的备选专家</translation>
    </message>
    <message>
        <source>the smallest panel an application may have (default 5)</source>
        <translation>每个申报项目评审专家的最少人数（默认 5）</translation>
    </message>
    <message>
        <source>the panel must be an odd number (the default)</source>
        <translation>评审专家人数须为单数（默认）</translation>
    </message>
    <message>
        <source>an even panel is allowed</source>
        <translation>允许评审专家人数为双数</translation>
    </message>
    <message>
        <source>count every assigned expert who has not scored an application as absent</source>
        <translation>凡已分配但未完成某项申报评分的专家，均按缺席计</translation>
    </message>
    <message>
        <source>put an expert (the reserve proposed) on one application&apos;s panel</source>
        <translation>将一名专家（建议补入的备选专家）补入某个申报项目的评审专家组</translation>
    </message>
    <message>
        <source>the application&apos;s number or its applicant&apos;s name</source>
        <translation>申报项目编号或申报单位名称</translation>
    </message>
    <message>
        <source>Ties kept pending until their applicant is registered: {n} ({ties})</source>
        <translation>待申报单位登记后生效的关联关系：{n} 条（{ties}）</translation>
    </message>
    <message>
        <source>{assignments} {assignments:assignment|assignments} over {applications} {applications:application|applications}; {conflicts} {conflicts:conflict|conflicts} of interest excluded; {kept} {kept:assignment|assignments} with scores kept.</source>
        <translation>共为 {applications} 个申报项目分配 {assignments} 项评审任务；已排除 {conflicts} 项回避；保留已有评分的任务 {kept} 项。</translation>
    </message>
    <message>
        <source>Panel rule: at least {n} experts, an odd number (87号令 §47).</source>
        <translation>专家组规则：至少 {n} 名专家，且为单数（87号令第四十七条）。</translation>
    </message>
    <message>
        <source>Panel rule: at least {n} experts.</source>
        <translation>专家组规则：至少 {n} 名专家。</translation>
    </message>
    <message>
        <source>Every application&apos;s panel keeps the rule.</source>
        <translation>各申报项目的评审专家组均符合规则。</translation>
    </message>
    <message>
        <source>{applicant}: a panel of {size} {size:expert|experts}: {names}</source>
        <translation>{applicant}：评审专家 {size} 名：{names}</translation>
    </message>
    <message>
        <source>declare an expert&apos;s tie to an applicant (a conflict of interest), or list the ties, the conflicts declared and the ties pending an applicant</source>
        <translation>登记专家与申报单位的关联关系（利益冲突），或列出关联关系、已申报的回避及待申报单位登记的关联关系</translation>
    </message>
    <message>
        <source>the expert&apos;s code (E01)</source>
        <translation>专家编号（如 E01）</translation>
    </message>
    <message>
        <source>the applicant&apos;s registered name</source>
        <translation>申报单位的登记名称</translation>
    </message>
    <message>
        <source>the tie, for the record</source>
        <translation>关联情况说明（记入记录）</translation>
    </message>
    <message>
        <source>what ties them (default: other)</source>
        <translation>关联关系类型（默认：其他）</translation>
    </message>
    <message>
        <source>--expert needs --applicant NAME and --reason TEXT</source>
        <translation>使用 --expert 时须同时给出 --applicant 单位名称和 --reason 说明</translation>
    </message>
    <message>
        <source>--applicant and --reason need --expert CODE</source>
        <translation>--applicant 和 --reason 须与 --expert 专家编号一起使用</translation>
    </message>
    <message>
        <source>Declared: {expert} is tied to {applicant}.</source>
        <translation>已登记：{expert} 与 {applicant} 存在关联关系。</translation>
    </message>
    <message>
        <source>{expert} was already tied to {applicant}; nothing changed.</source>
        <translation>{expert} 与 {applicant} 的关联关系此前已登记，未作更改。</translation>
    </message>
    <message>
        <source>Ties ({n}):</source>
        <translation>关联关系（{n} 条）：</translation>
    </message>
    <message>
        <source>Conflicts declared on applications ({n}):</source>
        <translation>已申报的回避（{n} 条）：</translation>
    </message>
    <message>
        <source>Ties pending until the applicant is registered ({n}):</source>
        <translation>待申报单位登记的关联关系（{n} 条）：</translation>
    </message>
    <message>
        <source>issue an expert&apos;s scoring kit for the current round</source>
        <translation>为专家生成本轮评分包</translation>
    </message>
    <message>
        <source>the expert&apos;s number</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <source>replace FILE if it exists (an earlier kit too; never a campaign in use)</source>
        <translation>如 FILE 已存在则替换（包括此前发放的评分包；正在使用的评审批次文件除外）</translation>
    </message>
    <message>
        <source>write an expert&apos;s protected Excel score sheet</source>
        <translation>生成专家用的受保护 Excel 评分表</translation>
    </message>
    <message>
        <source>replace FILE.xlsx if it exists</source>
        <translation>FILE.xlsx 已存在时予以替换</translation>
    </message>
    <message>
        <source>import the experts&apos; returned score files</source>
        <translation>导入专家交回的评分文件</translation>
    </message>
    <message>
        <source>Wrote the kit of {name} ({code}), round {round}, {n} {n:application|applications}, to {path}</source>
        <translation>已将 {name}（{code}）第 {round} 轮评分包（{n} 个申报项目）写入 {path}</translation>
    </message>
    <message>
        <source>export a track&apos;s rubric to .xlsx, or import one</source>
        <translation>将某类别的评分细则导出为 .xlsx，或导入评分细则</translation>
    </message>
    <message>
        <source>with --export: replace FILE if it exists</source>
        <translation>与 --export 同用：FILE 已存在时予以替换</translation>
    </message>
    <message>
        <source>when the current rubric already has scores: carry them over on the criteria whose scale is unchanged, or have the experts score again</source>
        <translation>当前评分细则已有评分时：在分值标准未变的评分项上沿用已有评分（carry-over），或由专家重新评分（score-again）</translation>
    </message>
    <message>
        <source>import application packages (folders, zips, folders of packages)</source>
        <translation>导入申报材料（文件夹、zip 压缩包或包含多个申报材料的文件夹）</translation>
    </message>
    <message>
        <source>register applicants the campaign does not know, as their forms name them</source>
        <translation>按申报书所填名称登记本评审批次尚未登记的申报单位</translation>
    </message>
    <message>
        <source>replace packages taken in before with these corrected ones</source>
        <translation>用更正后的申报材料替换此前导入的材料</translation>
    </message>
    <message>
        <source>copy a campaign to a file, or into an empty database (postgresql://...) on a server</source>
        <translation>将评审批次复制为文件，或复制到服务器上的空数据库（postgresql://...）</translation>
    </message>
    <message>
        <source>replace DESTINATION if it exists</source>
        <translation>DESTINATION 已存在时覆盖</translation>
    </message>
    <message>
        <source>write instead a demo acceptance review of the demo&apos;s approved pilots, partly scored</source>
        <translation>改为写入演示验收评审：由演示批准的试点组成，已部分评分</translation>
    </message>
    <message>
        <source>with --acceptance, keep at FILE the locked and decided selection it is made from</source>
        <translation>与 --acceptance 同用时，将其所依据的已锁定并已决定的遴选评审批次保存到 FILE</translation>
    </message>
    <message>
        <source>demo: --selection names the file the review goes to; give another.</source>
        <translation>demo：--selection 指定的正是验收评审要写入的文件，请另选一个。</translation>
    </message>
    <message>
        <source>Wrote the demo acceptance review to {path}</source>
        <translation>已将演示验收评审写入 {path}</translation>
    </message>
    <message>
        <source>Wrote the decided demo selection to {path}</source>
        <translation>已将已决定的演示遴选评审批次写入 {path}</translation>
    </message>
    <message>
        <source>demo: --selection needs --acceptance, which takes no --packages</source>
        <translation>demo：--selection 须与 --acceptance 同用，且 --acceptance 不能与 --packages 同用</translation>
    </message>
    <message>
        <source>Wrote the demo campaign to {path}</source>
        <translation>已将演示评审批次写入 {path}</translation>
    </message>
    <message>
        <source>Wrote the demo&apos;s packages to {path}</source>
        <translation>已将演示申报材料写入 {path}</translation>
    </message>
    <message>
        <source>Copied the campaign to {path}</source>
        <translation>已将评审批次复制到 {path}</translation>
    </message>
    <message>
        <source>“{value}” is not a date written YYYY-MM-DD</source>
        <translation>“{value}”不是按 YYYY-MM-DD 格式书写的日期</translation>
    </message>
    <message>
        <source>set up a new campaign file at PATH (never over an existing file)</source>
        <translation>在 PATH 新建评审批次文件（不会覆盖已有文件）</translation>
    </message>
    <message>
        <source>the campaign&apos;s title</source>
        <translation>评审批次名称</translation>
    </message>
    <message>
        <source>the issuing authority (发文机关)</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>the submission deadline</source>
        <translation>申报截止日期</translation>
    </message>
    <message>
        <source>the call&apos;s reference number</source>
        <translation>通知文号</translation>
    </message>
    <message>
        <source>carry over from an earlier campaign its rubrics, experts (their ties kept pending until the applicants register), settings and ranking rules</source>
        <translation>沿用以往评审批次的评分细则、专家（其关联关系待申报单位登记后生效）、设置和排序规则</translation>
    </message>
    <message>
        <source>make the acceptance review (验收) of the pilots the selection campaign SELECTION approved (its results locked, its decisions committed); --title, --authority and --deadline are then optional</source>
        <translation>为遴选批次 SELECTION 批准的试点建立验收评审（该批次须已锁定结果并提交决定）；此时 --title、--authority 和 --deadline 可不填</translation>
    </message>
    <message>
        <source>with --acceptance-of: a mid-term evaluation (中期评估) instead</source>
        <translation>与 --acceptance-of 同用：改为建立中期评估</translation>
    </message>
    <message>
        <source>give --acceptance-of or --from-campaign, not both</source>
        <translation>--acceptance-of 与 --from-campaign 只能给出其一</translation>
    </message>
    <message>
        <source>--midterm goes with --acceptance-of</source>
        <translation>--midterm 须与 --acceptance-of 同用</translation>
    </message>
    <message>
        <source>Set up the campaign {title} in {path}</source>
        <translation>已在 {path} 新建评审批次“{title}”</translation>
    </message>
    <message>
        <source>Carried over from {other}: {experts} {experts:expert|experts}, the rubrics, the settings and the ranking rules; {pending} {pending:tie|ties} kept pending until their applicants register.</source>
        <translation>已从 {other} 沿用：专家 {experts} 名、评分细则、设置和排序规则；{pending} 条关联关系待相应申报单位登记后生效。</translation>
    </message>
    <message>
        <source>Set up the {review} {title} in {path}: {count} {count:pilot|pilots} approved by {source}.</source>
        <translation>已在 {path} 建立{review}评审批次“{title}”：{source}批准的试点 {count} 个。</translation>
    </message>
    <message>
        <source>Applications: {n}</source>
        <translation>申报项目：{n}</translation>
    </message>
    <message>
        <source>Experts: {n}</source>
        <translation>评审专家：{n}</translation>
    </message>
    <message>
        <source>Scores: {n}</source>
        <translation>评分记录：{n}</translation>
    </message>
    <message>
        <source>Scoring round {round}: {done} of {total} assignments done</source>
        <translation>第 {round} 轮评分：已完成 {done} / {total} 项评审任务</translation>
    </message>
    <message>
        <source>Wrote the expert list template to {path}</source>
        <translation>已将专家名单模板写入 {path}</translation>
    </message>
    <message>
        <source>Wrote the application form template to {path}</source>
        <translation>已将申报书模板写入 {path}</translation>
    </message>
    <message>
        <source>Experts added: {added}, updated: {updated}, unchanged: {same}</source>
        <translation>新增专家 {added} 位，更新 {updated} 位，无变化 {same} 位</translation>
    </message>
    <message>
        <source>Passed over, not read: {names}</source>
        <translation>已略过，未读取：{names}</translation>
    </message>
    <message>
        <source>A different package was taken in before; run again with --replace to replace it.</source>
        <translation>此前已导入过不同的申报材料；如需替换，请加 --replace 重新运行。</translation>
    </message>
    <message>
        <source>list the rubric library&apos;s templates, with their sources</source>
        <translation>列出评分细则库中的模板及其出处</translation>
    </message>
    <message>
        <source>make the library&apos;s template KEY the track&apos;s new rubric</source>
        <translation>以细则库中的模板 KEY 作为该类别的新评分细则</translation>
    </message>
    <message>
        <source>a folder of the secretariat&apos;s own rubric workbooks, listed beside the library</source>
        <translation>秘书处自备评分细则工作簿所在的文件夹，与细则库一并列出</translation>
    </message>
    <message>
        <source>with --library: print JSON</source>
        <translation>与 --library 同用：以 JSON 输出</translation>
    </message>
    <message>
        <source>the track whose rubric to export or to replace from the library (default: city)</source>
        <translation>要导出评分细则或以细则库模板替换评分细则的类别（默认：city 市级区域试点）</translation>
    </message>
    <message>
        <source>Wrote the rubric to {path}</source>
        <translation>已将评分细则写入 {path}</translation>
    </message>
    <message>
        <source>Run it again with --existing-scores carry-over or --existing-scores score-again.</source>
        <translation>请加 --existing-scores carry-over 或 --existing-scores score-again 重新运行。</translation>
    </message>
    <message>
        <source>The rubric is now version {version}.</source>
        <translation>评分细则现为第 {version} 版。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>出处：{source}</translation>
    </message>
    <message>
        <source>Date: {date}; review: {kinds}; tracks: {tracks}</source>
        <translation>日期：{date}；适用评审：{kinds}；适用类别：{tracks}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}</source>
        <translation>不能使用：{problem}</translation>
    </message>
    <message>
        <source>Wrote the score sheet to {path}</source>
        <translation>已将评分表写入 {path}</translation>
    </message>
    <message>
        <source>Returned: {returned}. Missing: {missing}.</source>
        <translation>已交回：{returned}。未交回：{missing}。</translation>
    </message>
    <message>
        <source>Still lacking scores: {names}</source>
        <translation>仍缺评分的项目：{names}</translation>
    </message>
    <message>
        <source>merge the returned scores: final scores, flags, panel statistics</source>
        <translation>汇总已交回的评分：最终得分、分歧标记、专家组统计</translation>
    </message>
    <message>
        <source>open a re-score round: chosen experts score flagged applications again</source>
        <translation>开启复评轮次：所选专家对有分歧的申报重新评分</translation>
    </message>
    <message>
        <source>ask these experts about this application (its number or applicant&apos;s name); repeatable. Without it: every flagged application, asking the experts who deviate</source>
        <translation>请这些专家复评该申报（编号或申报单位名称），可重复。不指定时：所有需讨论的申报，由偏离的专家复评</translation>
    </message>
    <message>
        <source>show the audit log, or export it to Excel</source>
        <translation>查看审计日志，或导出为 Excel</translation>
    </message>
    <message>
        <source>write it to a workbook</source>
        <translation>写入工作簿</translation>
    </message>
    <message>
        <source>with --out: replace FILE.xlsx if it exists</source>
        <translation>与 --out 同用：FILE.xlsx 已存在时予以替换</translation>
    </message>
    <message>
        <source>lock the merged results (documents print what is locked)</source>
        <translation>锁定汇总结果（文书按锁定的结果打印）</translation>
    </message>
    <message>
        <source>unlock the results, saying why</source>
        <translation>解除结果锁定（须说明理由）</translation>
    </message>
    <message>
        <source>the panel leader&apos;s reason to lock although deviating scores are neither re-checked nor explained (kept with the lock and in the audit log)</source>
        <translation>评审组长同意在偏离评分未经复核或书面说明的情况下锁定结果的理由（随锁定记录并记入审计日志）</translation>
    </message>
    <message>
        <source>the ground on which the results change (87号令 §64): sum-error, out-of-range, objective-inconsistent, abnormal, or other (with --ground-text); asked for when omitted at a terminal, refused when omitted in a script</source>
        <translation>修改评审结果的依据（87号令第六十四条）：sum-error（分值汇总计算错误）、out-of-range（分项评分超出分值范围）、objective-inconsistent（客观评审因素评分不一致）、abnormal（评分畸高、畸低）或 other（其他，用 --ground-text 说明）；在终端中省略时将询问，在脚本中省略时拒绝执行</translation>
    </message>
    <message>
        <source>with --ground other: what the ground is</source>
        <translation>与 --ground other 同用：说明具体依据</translation>
    </message>
    <message>
        <source>list the scores flagged as deviating, and whether re-checked or explained</source>
        <translation>列出标记为偏离的评分，以及是否已复核或书面说明</translation>
    </message>
    <message>
        <source>enter an expert&apos;s written explanation of deviating scores</source>
        <translation>录入专家对偏离评分的书面说明</translation>
    </message>
    <message>
        <source>the application (its number or applicant&apos;s name)</source>
        <translation>申报（编号或申报单位名称）</translation>
    </message>
    <message>
        <source>the expert&apos;s code</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <source>the explanation as the expert wrote it</source>
        <translation>专家书面说明的原文</translation>
    </message>
    <message>
        <source>the day the expert wrote it</source>
        <translation>专家书写说明的日期</translation>
    </message>
    <message>
        <source>a flagged item it explains: a criterion&apos;s code, or total; repeatable. Without it: every item of the expert&apos;s on the application flagged now</source>
        <translation>所说明的偏离项：评分项编号，或 total（总分）；可重复。省略时：该专家对该申报当前标记为偏离的全部项</translation>
    </message>
    <message>
        <source>Opened round {round}: issue kits or sheets to {experts} for {n} {n:item|items}.</source>
        <translation>已开启第 {round} 轮：请向 {experts} 发放评分包或评分表，共 {n} 项。</translation>
    </message>
    <message>
        <source>{count} committed {count:decision|decisions} rested on them: take them again once the results are locked again.</source>
        <translation>已有 {count} 项已提交的决定以这些结果为依据：结果再次锁定后，请重新作出这些决定。</translation>
    </message>
    <message>
        <source>Entered {expert}&apos;s explanation of {count} {count:item|items}.</source>
        <translation>已录入 {expert} 对 {count} 项的书面说明。</translation>
    </message>
    <message>
        <source>Ground of the change (1-5): </source>
        <translation>修改依据（1-5）：</translation>
    </message>
    <message>
        <source>What is the ground? </source>
        <translation>具体依据是什么？</translation>
    </message>
    <message>
        <source>Say on which ground of 87号令 §64 the results change: --ground {choices} (with other, --ground-text says what it is).</source>
        <translation>请说明修改结果所依据的87号令第六十四条情形：--ground {choices}（选 other 时用 --ground-text 说明具体依据）。</translation>
    </message>
    <message>
        <source>Wrote {n} audit events to {path}</source>
        <translation>已将 {n} 条审计记录写入 {path}</translation>
    </message>
    <message>
        <source>“{value}” is not a band such as fail:0-60,rectify:60-80,pass:80-100</source>
        <translation>“{value}”不是有效的分档，格式如 fail:0-60,rectify:60-80,pass:80-100</translation>
    </message>
    <message>
        <source>“{value}” is not three scores such as 85,90,95</source>
        <translation>“{value}”不是三个分数，格式如 85,90,95</translation>
    </message>
    <message>
        <source>an acceptance review&apos;s outcome per pilot on the locked results; set the outcome bands and star thresholds</source>
        <translation>按锁定结果列出验收评审中各试点的验收结论；设置验收结论分档和星级分数线</translation>
    </message>
    <message>
        <source>the outcome bands, each from its lower edge (included)</source>
        <translation>验收结论分档，每档自其下限（含）起</translation>
    </message>
    <message>
        <source>go back to the default bands (80 pass, 60 rectify)</source>
        <translation>恢复默认分档（80 分通过，60 分整改后复验）</translation>
    </message>
    <message>
        <source>the lowest final score for one, two and three stars</source>
        <translation>一星、二星、三星各自的最低最终得分</translation>
    </message>
    <message>
        <source>give no star grade</source>
        <translation>不评定星级</translation>
    </message>
    <message>
        <source>open the re-acceptance round of the pilots sent to rectify, with the deadline</source>
        <translation>对整改后复验的试点开展复验，并设定整改期限</translation>
    </message>
    <message>
        <source>the rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>why (kept in the audit log)</source>
        <translation>理由（记入审计日志）</translation>
    </message>
    <message>
        <source>rectify by {date}</source>
        <translation>整改期限 {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Re-acceptance round {round} opened for {pilots}, to rectify by {date}; the results are unlocked until their new scores are locked.</source>
        <translation>已开展第 {round} 轮复验，涉及：{pilots}，整改期限至 {date}；在复验评分锁定前，评审结果处于解锁状态。</translation>
    </message>
    <message>
        <source>Locked the results; fingerprint {fingerprint}.</source>
        <translation>已锁定结果；校验码 {fingerprint}。</translation>
    </message>
    <message>
        <source>Locked over {count} open {count:item|items}, as the panel leader {leader} allowed.</source>
        <translation>经评审组长 {leader} 同意，在 {count} 项未处理偏离的情况下锁定。</translation>
    </message>
    <message>
        <source>Unlocked the results.</source>
        <translation>已解除结果锁定。</translation>
    </message>
    <message>
        <source>the ranking per track on the locked results, with the decisions</source>
        <translation>基于锁定结果的分类排名及决定</translation>
    </message>
    <message>
        <source>also show, per approved pilot, the later reviews (acceptance, mid-term) in these campaign files, opened read-only</source>
        <translation>同时按批准的试点列出这些评审批次文件中的后续评审（验收、中期评估），文件以只读方式打开</translation>
    </message>
    <message>
        <source>stage a decision on an application, or commit the staged list</source>
        <translation>暂存对某项申报的决定，或提交暂存的名单</translation>
    </message>
    <message>
        <source>the application, by its id or its applicant&apos;s name</source>
        <translation>申报，按编号或申报单位名称</translation>
    </message>
    <message>
        <source>commit every pending decision on the current locked results</source>
        <translation>基于当前锁定结果提交全部待定决定</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>why (needed when the decision goes against the ranking)</source>
        <translation>理由（决定与排名不一致时必填）</translation>
    </message>
    <message>
        <source>ineligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>低于最低分</translation>
    </message>
    <message>
        <source>over the quota</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>已暂存</translation>
    </message>
    <message>
        <source>against the ranking</source>
        <translation>与排名不一致</translation>
    </message>
    <message>
        <source>Locked results {fingerprint}.</source>
        <translation>锁定结果 {fingerprint}。</translation>
    </message>
    <message>
        <source>decide: --application needs --outcome</source>
        <translation>decide：--application 需要同时给出 --outcome</translation>
    </message>
    <message>
        <source>decide: --commit takes no --outcome or --reason</source>
        <translation>decide：--commit 不能与 --outcome 或 --reason 同用</translation>
    </message>
    <message>
        <source>Committed {count} decisions on locked results {fingerprint}.</source>
        <translation>已基于锁定结果 {fingerprint} 提交 {count} 项决定。</translation>
    </message>
    <message>
        <source>Staged: {applicant} {outcome}. Commit with decide --commit.</source>
        <translation>已暂存：{applicant} {outcome}。请用 decide --commit 提交。</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>show the review commitment experts accept before scoring, or set its text</source>
        <translation>显示专家评分前须确认的评审承诺，或设置其文本</translation>
    </message>
    <message>
        <source>the new commitment text</source>
        <translation>新的评审承诺文本</translation>
    </message>
    <message>
        <source>read the new commitment text from a UTF-8 text file</source>
        <translation>从 UTF-8 文本文件读取新的评审承诺文本</translation>
    </message>
    <message>
        <source>print the panel&apos;s sign-in sheet and each expert&apos;s commitment for signature</source>
        <translation>打印专家签到表和每位专家待签字的评审承诺书</translation>
    </message>
    <message>
        <source>replace files already there</source>
        <translation>替换已有的文件</translation>
    </message>
    <message>
        <source>record that an expert signed the commitment on paper</source>
        <translation>登记专家已在纸质评审承诺书上签字</translation>
    </message>
    <message>
        <source>the day the expert signed</source>
        <translation>专家签字日期</translation>
    </message>
    <message>
        <source>{name} ({code}) signed the commitment on {day}.</source>
        <translation>{name}（{code}）已于 {day} 签署评审承诺书。</translation>
    </message>
    <message>
        <source>ROLE=FILE, ROLE one of {roles}</source>
        <translation>角色=文件，角色为 {roles} 之一</translation>
    </message>
    <message>
        <source>pdf, docx or both, separated by a comma</source>
        <translation>pdf、docx 或两者，以英文逗号分隔</translation>
    </message>
    <message>
        <source>write every document (pilot list, approval letters, score tables...) as PDF, the letters also as Word, from the locked results</source>
        <translation>根据已锁定的结果生成全部文件（试点名单、批复、评分表等）的 PDF，公文类文件另生成 Word 版</translation>
    </message>
    <message>
        <source>replace the documents an earlier report wrote into DIR</source>
        <translation>替换此前写入 DIR 的文书</translation>
    </message>
    <message>
        <source>pdf: the PDFs; docx: editable Word copies of the letters (default: both)</source>
        <translation>pdf：PDF 文件；docx：公文类文件的可编辑 Word 版（默认两者都生成）</translation>
    </message>
    <message>
        <source>the pilot-list notice&apos;s document number (default: the call&apos;s series)</source>
        <translation>试点名单通知的发文字号（默认：沿用申报通知的文号系列）</translation>
    </message>
    <message>
        <source>the documents&apos; date (default: the day the results were locked)</source>
        <translation>文件的成文日期（默认：结果锁定之日）</translation>
    </message>
    <message>
        <source>the notice&apos;s addressees (default: those of the call)</source>
        <translation>通知的主送机关（默认：与申报通知相同）</translation>
    </message>
    <message>
        <source>the copy recipients (抄送) in the imprint of the notice and public notice</source>
        <translation>通知和公示版记中的抄送机关</translation>
    </message>
    <message>
        <source>an acceptance or mid-term review&apos;s rectification deadline, printed on its results notice and rectification notices (default: the re-acceptance round&apos;s, else left blank)</source>
        <translation>验收或中期评估的整改期限，印在结果通知和整改通知上（默认：复验轮次的期限，否则留空）</translation>
    </message>
    <message>
        <source>the font file for a role (title, body, heading1, heading2, table, page_number); repeatable (default: the faces installed, else the shipped ones)</source>
        <translation>某一角色使用的字体文件（title 标题、body 正文、heading1 一级标题、heading2 二级标题、table 表格、page_number 页码），可多次给出（默认：本机已安装的字体，没有则用随附字体）</translation>
    </message>
    <message>
        <source>The campaign is open elsewhere: the documents are written but not recorded in it for the archive.</source>
        <translation>评审批次正在别处打开：文书已生成，但未记入评审批次，归档时不会收入。</translation>
    </message>
    <message>
        <source>Not written: {what}. {reason}</source>
        <translation>未生成：{what}。{reason}</translation>
    </message>
    <message>
        <source>{role}: no installed face; the shipped {face} served.</source>
        <translation>{role}：本机未安装相应字体，已改用随附的{face}。</translation>
    </message>
    <message>
        <source>{role}: {face} ({file})</source>
        <translation>{role}：{face}（{file}）</translation>
    </message>
    <message>
        <source>the feedback letters (反馈意见) to applicants, from the locked results: print them, save an edited text, or write them as PDF</source>
        <translation>依据锁定的结果生成给申报单位的反馈意见：显示、保存修改后的文本，或输出为 PDF</translation>
    </message>
    <message>
        <source>only this applicant&apos;s letter (default: every applicant&apos;s)</source>
        <translation>仅该申报单位的反馈意见（默认：全部申报单位）</translation>
    </message>
    <message>
        <source>the letters as the app composes them, not the texts saved</source>
        <translation>使用程序生成的草稿，而非已保存的文本</translation>
    </message>
    <message>
        <source>save the letter&apos;s text from a UTF-8 text file (needs --applicant)</source>
        <translation>从 UTF-8 文本文件读取并保存反馈意见正文（须同时指定 --applicant）</translation>
    </message>
    <message>
        <source>write the letters as PDF into the folder PATH (one letter: PATH may be a .pdf)</source>
        <translation>将反馈意见以 PDF 输出到文件夹 PATH（仅一份时 PATH 可为 .pdf 文件）</translation>
    </message>
    <message>
        <source>--text-file needs --applicant NAME.</source>
        <translation>--text-file 须同时指定 --applicant 申报单位名称。</translation>
    </message>
    <message>
        <source>the campaign in a database (postgresql://user@server/database) instead of a file</source>
        <translation>使用数据库中的评审批次（postgresql://用户@服务器/数据库），而非文件</translation>
    </message>
    <message>
        <source>give a CAMPAIGN file or --db URL</source>
        <translation>请给出 CAMPAIGN 文件或 --db URL</translation>
    </message>
    <message>
        <source>give a CAMPAIGN file or --db URL, not both</source>
        <translation>请给出 CAMPAIGN 文件或 --db URL，不能同时给出</translation>
    </message>
    <message>
        <source>--db takes a database URL: postgresql://user@server/database</source>
        <translation>--db 需要数据库地址：postgresql://用户@服务器/数据库</translation>
    </message>
    <message>
        <source>list the campaign&apos;s automatic backups, or restore one</source>
        <translation>列出评审批次的自动备份，或恢复其中一份</translation>
    </message>
    <message>
        <source>put the backup NAME in place of the campaign</source>
        <translation>用备份 NAME 替换评审批次</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>已恢复 {name}。</translation>
    </message>
    <message>
        <source>The campaign as it was is in {name}.</source>
        <translation>恢复前的评审批次已备份为 {name}。</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>the panel and each member&apos;s answer to the review report</source>
        <translation>列出评审专家组成员及各自对评审报告的签署情况</translation>
    </message>
    <message>
        <source>enter a member&apos;s answer to the review report, from the paper</source>
        <translation>按纸质签字页录入某位专家对评审报告的签署情况</translation>
    </message>
    <message>
        <source>the member&apos;s code</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <source>signed; dissent (signed with a different opinion: give --reasons); not-signed (neither signed nor gave reasons); none takes an entry back</source>
        <translation>signed：已签字；dissent：签署不同意见（须用 --reasons 给出理由）；not-signed：既未签字也未说明理由；none：撤销已录入的内容</translation>
    </message>
    <message>
        <source>the reasons the member wrote, as on the paper</source>
        <translation>专家书面写明的理由（照纸质签字页录入）</translation>
    </message>
    <message>
        <source>The results are not locked: there is no report to sign yet.</source>
        <translation>结果尚未锁定，暂无需要签署的评审报告。</translation>
    </message>
    <message>
        <source>Entered {expert}&apos;s answer to the review report.</source>
        <translation>已录入 {expert} 对评审报告的签署情况。</translation>
    </message>
    <message>
        <source>a number of working days</source>
        <translation>工作日天数</translation>
    </message>
    <message>
        <source>the public notice (公示): its start, term and end, in working days</source>
        <translation>公示：开始日期、期限（工作日）和截止日期</translation>
    </message>
    <message>
        <source>start the notice on</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>the notice&apos;s term in working days</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <source>working days to answer an objection, from the day after receipt</source>
        <translation>答复异议的期限（工作日，自收到次日起算）</translation>
    </message>
    <message>
        <source>the objections (异议) to the proposed list</source>
        <translation>对拟入选名单的异议</translation>
    </message>
    <message>
        <source>record an objection received</source>
        <translation>登记收到的异议</translation>
    </message>
    <message>
        <source>record the reply to an objection</source>
        <translation>登记异议答复</translation>
    </message>
    <message>
        <source>close an objection with its outcome</source>
        <translation>办结异议并登记处理结果</translation>
    </message>
    <message>
        <source>the objections, in the order received</source>
        <translation>按收到先后列出异议</translation>
    </message>
    <message>
        <source>The public notice has not started; its term is {days} working days.</source>
        <translation>公示尚未开始；公示期为 {days} 个工作日。</translation>
    </message>
    <message>
        <source>Public notice: {start} to {end}, {days} working days ({list}).</source>
        <translation>公示：{start} 至 {end}，共 {days} 个工作日（{list}）。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number (or none)</source>
        <translation>“{value}”不是整数（或 none）</translation>
    </message>
    <message>
        <source>“{value}” is not a score such as 60 or 72.5 (or none)</source>
        <translation>“{value}”不是分数，应如 60 或 72.5（或 none）</translation>
    </message>
    <message>
        <source>show or set a track&apos;s ranking rules: the quota, the minimum final score and the tie-break order</source>
        <translation>查看或设置某类试点的排序规则：名额、最低得分和同分排序</translation>
    </message>
    <message>
        <source>the track whose rules are set or shown (needed to set them)</source>
        <translation>要设置或查看规则的试点类别（设置时必填）</translation>
    </message>
    <message>
        <source>how many applications the track may approve (none: no quota)</source>
        <translation>该类试点可入选的数量（none：不限名额）</translation>
    </message>
    <message>
        <source>the lowest final score approved (none: no minimum)</source>
        <translation>入选的最低最终得分（none：不设最低分）</translation>
    </message>
    <message>
        <source>the conditions that order equal final scores, in turn</source>
        <translation>最终得分相同时依次比较的评审条件</translation>
    </message>
    <message>
        <source>give --track to set its rules</source>
        <translation>设置规则时请用 --track 指明试点类别</translation>
    </message>
    <message>
        <source>{track}: quota {quota}; minimum final score {min_final}; tie-break {order}</source>
        <translation>{track}：名额 {quota}；最低最终得分 {min_final}；同分排序 {order}</translation>
    </message>
    <message>
        <source>“{value}” could be any of: {candidates}</source>
        <translation>“{value}”可能指以下任一项：{candidates}</translation>
    </message>
    <message>
        <source>“{value}” is not a status; choose from: {candidates}</source>
        <translation>“{value}”不是有效状态，可选：{candidates}</translation>
    </message>
    <message>
        <source>list the registered applicants, or register those an .xlsx applicant list names</source>
        <translation>列出已登记的申报单位，或按 .xlsx 申报单位名单登记</translation>
    </message>
    <message>
        <source>register the applicants the list names (all or none: nothing if any is wrong)</source>
        <translation>登记名单所列申报单位（全部登记或全不登记：有任何错误则不登记）</translation>
    </message>
    <message>
        <source>set an application&apos;s status by hand, with the reason, for the record</source>
        <translation>手动设置申报材料的状态，并写明理由记入记录</translation>
    </message>
    <message>
        <source>complete, incomplete, late or ineligible</source>
        <translation>complete（材料齐全）、incomplete（材料不全）、late（逾期）或 ineligible（不符合条件）</translation>
    </message>
    <message>
        <source>why, for the record</source>
        <translation>理由（记入记录）</translation>
    </message>
    <message>
        <source>Applicants registered: {added}, already registered: {same}; ties of the expert list resolved: {ties}</source>
        <translation>新登记申报单位：{added} 个，此前已登记：{same} 个；专家名单中的关联关系生效：{ties} 条</translation>
    </message>
    <message>
        <source>{file}: {n} {n:problem|problems}; no applicant was registered. Correct the list and import it again.</source>
        <translation>{file}：{n} 处问题，未登记任何申报单位。请更正名单后重新导入。</translation>
    </message>
    <message>
        <source>{applicant}: {old} → {new}</source>
        <translation>{applicant}：{old} → {new}</translation>
    </message>
    <message>
        <source>list a later review&apos;s pilots with their approval letters, or record a letter&apos;s number and date</source>
        <translation>列出后续评审的试点及其批复，或登记批复的文号和印发日期</translation>
    </message>
    <message>
        <source>the pilot whose approval letter to record</source>
        <translation>要登记批复的试点单位</translation>
    </message>
    <message>
        <source>the approval letter&apos;s number, as the registry wrote it</source>
        <translation>批复文号（按发文登记填写）</translation>
    </message>
    <message>
        <source>the date the letter was issued (the pilot period runs from it)</source>
        <translation>批复印发日期（试点期自该日起计算）</translation>
    </message>
    <message>
        <source>(number not recorded)</source>
        <translation>（文号未登记）</translation>
    </message>
    <message>
        <source>--approval-number needs --applicant NAME, and --approval-date needs both.</source>
        <translation>--approval-number 须与 --applicant 申报单位名称同用；--approval-date 须同时给出以上两项。</translation>
    </message>
    <message>
        <source>This campaign is a selection: its pilots are carried by the acceptance or mid-term review made from it (reviewer new --acceptance-of).</source>
        <translation>该评审批次为遴选评审：其批准的试点由据此建立的验收或中期评估评审批次承接（reviewer new --acceptance-of）。</translation>
    </message>
    <message>
        <source>Recorded the approval letter of {applicant}: {number} of {date}.</source>
        <translation>已登记{applicant}的批复：{number}（{date}）。</translation>
    </message>
</context>
<context>
    <name>CloseObjectionDialog</name>
    <message>
        <source>Close objection #{id}</source>
        <translation>办结异议 #{id}</translation>
    </message>
    <message>
        <source>A closed objection can no longer be changed.</source>
        <translation>异议办结后不可再修改。</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>办结日期：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit decisions</source>
        <translation>提交决定</translation>
    </message>
    <message>
        <source>{count} decisions will be committed on the results locked as {fingerprint}. Each is kept in the audit log with who, when and why. Lines marked ● change.</source>
        <translation>将基于锁定结果 {fingerprint} 提交 {count} 项决定。每项决定连同操作人、时间和理由记入审计日志。标有 ● 的行将发生变化。</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>Cannot save the commitment</source>
        <translation>无法保存评审承诺</translation>
    </message>
    <message>
        <source>The review commitment is saved.</source>
        <translation>评审承诺已保存。</translation>
    </message>
    <message>
        <source>Print the sign-in sheet and commitments: choose a folder</source>
        <translation>打印签到表和评审承诺书：选择保存文件夹</translation>
    </message>
    <message>
        <source>Cannot write the sign-in sheet</source>
        <translation>无法生成签到表</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>无法登记签字</translation>
    </message>
    <message>
        <source>Recorded: {name} signed the commitment on {day}.</source>
        <translation>已登记：{name} 于 {day} 签署评审承诺书。</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Review commitment</source>
        <translation>评审承诺</translation>
    </message>
    <message>
        <source>Before scoring, read the review commitment of {campaign} and the applications you step aside from. Scoring starts once you accept it; the acceptance and its time go into your signed score file.</source>
        <translation>评分前，请阅读{campaign}的评审承诺以及您须回避的申报项目。确认接受后方可开始评分；确认情况及时间将写入您签名的评分文件。</translation>
    </message>
    <message>
        <source>I, {name}, have read the commitment and accept it.</source>
        <translation>本人{name}已阅读并接受上述评审承诺。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Your recusals (政府采购法实施条例 §9):</source>
        <translation>您的回避事项（政府采购法实施条例第九条）：</translation>
    </message>
</context>
<context>
    <name>CommitmentTextDialog</name>
    <message>
        <source>Review Commitment</source>
        <translation>评审承诺</translation>
    </message>
    <message>
        <source>Experts read and accept this commitment in their kit before the first score, with their recusals; it is also printed for signature on paper. Kits already issued keep the text they carry.</source>
        <translation>专家在评分包中开始评分前须阅读并接受本承诺及其回避事项；本承诺也可打印供专家书面签字。已发放的评分包保留其原有文本。</translation>
    </message>
    <message>
        <source>Default Text</source>
        <translation>默认文本</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflicts of interest</source>
        <translation>回避申报</translation>
    </message>
    <message>
        <source>Before scoring, tick every applicant you may not score: you worked for it in the last three years, sat on its board or control it, are a spouse or close relative of its legal representative, or have any other tie that could affect a fair review. Give the reason for each. If none applies, press Confirm.</source>
        <translation>评分前，请勾选您须回避的申报单位：近三年在该单位任职、担任其董事或监事或对其有控制关系、与其法定代表人为配偶或近亲属，或存在其他可能影响公正评审的利害关系，并逐一填写理由。如均不存在，请直接点击“确认”。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>CriterionForm</name>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Maximum points:</source>
        <translation>满分：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <source>Veto criterion (一票否决): a score of 0 is a veto vote</source>
        <translation>一票否决项：评 0 分即投否决票</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>To</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>档次描述</translation>
    </message>
    <message>
        <source>This criterion has no bands yet.</source>
        <translation>该评分项尚未设置档次。</translation>
    </message>
    <message>
        <source>Propose bands from the points</source>
        <translation>按满分生成档次</translation>
    </message>
    <message>
        <source>优 from 85%, 良 from 70%, 中 from 60% of the maximum; descriptors are kept.</source>
        <translation>优为满分的 85% 以上，良为 70% 以上，中为 60% 以上；已填写的档次描述保留不变。</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>档次设置</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Within the cut</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>Below the minimum score</source>
        <translation>低于最低分</translation>
    </message>
    <message>
        <source>Over the quota</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <source>Ineligible (veto)</source>
        <translation>不符合资格（一票否决）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Staged, not yet committed</source>
        <translation>已暂存，尚未提交</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>The ranking&apos;s proposal, not yet committed</source>
        <translation>排名建议，尚未提交</translation>
    </message>
    <message>
        <source>{outcome} (overdue: rectify by {date})</source>
        <translation>{outcome}（逾期，限 {date} 前整改）</translation>
    </message>
    <message>
        <source>{outcome} (rectify by {date})</source>
        <translation>{outcome}（限 {date} 前整改）</translation>
    </message>
    <message>
        <source>Round {round} (acceptance): {final} {outcome}</source>
        <translation>第 {round} 轮（验收）：{final} {outcome}</translation>
    </message>
    <message>
        <source>Round {round} (re-acceptance): {final} {outcome}</source>
        <translation>第 {round} 轮（复验）：{final} {outcome}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Acceptance outcome</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <source>Star grade</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>入围情况</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Later reviews</source>
        <translation>后续评审</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>re-acceptance of the pilots sent to rectify</source>
        <translation>对整改试点进行复验</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>rectify by {date}</source>
        <translation>整改期限 {date}</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
</context>
<context>
    <name>DecisionsActions</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cannot read the ranking</source>
        <translation>无法读取排名</translation>
    </message>
    <message>
        <source>Reason for going against the ranking</source>
        <translation>与排名不一致的理由</translation>
    </message>
    <message>
        <source>“{outcome}” on {applicant} goes against the ranking (proposal: {proposal}). Write why; the reason is kept with the decision and in the audit log.</source>
        <translation>对{applicant}作出“{outcome}”的决定与排名不一致（建议：{proposal}）。请写明理由；理由将随决定保存并记入审计日志。</translation>
    </message>
    <message>
        <source>decide {applicant}</source>
        <translation>决定{applicant}</translation>
    </message>
    <message>
        <source>reset {applicant}</source>
        <translation>恢复{applicant}</translation>
    </message>
    <message>
        <source>Cannot stage the decision</source>
        <translation>无法暂存决定</translation>
    </message>
    <message>
        <source>Cannot commit the decisions</source>
        <translation>无法提交决定</translation>
    </message>
    <message>
        <source>Commit decisions</source>
        <translation>提交决定</translation>
    </message>
    <message>
        <source>Every decision is committed already; nothing to commit.</source>
        <translation>所有决定均已提交，没有需要提交的内容。</translation>
    </message>
    <message>
        <source>Committed {count} decisions.</source>
        <translation>已提交 {count} 项决定。</translation>
    </message>
    <message>
        <source>Cannot save the ranking rules</source>
        <translation>无法保存排名规则</translation>
    </message>
    <message>
        <source>Export the ranking and the pilot list</source>
        <translation>导出排名和试点名单</translation>
    </message>
    <message>
        <source>ranking.xlsx</source>
        <translation>排名.xlsx</translation>
    </message>
    <message>
        <source>Cannot save the ranking</source>
        <translation>无法保存排名</translation>
    </message>
    <message>
        <source>Saved the ranking to {path}</source>
        <translation>排名已保存到 {path}</translation>
    </message>
    <message>
        <source>Export the score summary</source>
        <translation>导出评分汇总表</translation>
    </message>
    <message>
        <source>score-summary.xlsx</source>
        <translation>评分汇总表.xlsx</translation>
    </message>
    <message>
        <source>Cannot save the score summary</source>
        <translation>无法保存评分汇总表</translation>
    </message>
    <message>
        <source>Saved the score summary to {path}</source>
        <translation>评分汇总表已保存到 {path}</translation>
    </message>
    <message>
        <source>review documents</source>
        <translation>评审文件</translation>
    </message>
    <message>
        <source>Writing the documents</source>
        <translation>正在生成文件</translation>
    </message>
    <message>
        <source>Replace the documents?</source>
        <translation>替换已有文书？</translation>
    </message>
    <message>
        <source>The folder {folder} already holds documents written before. Replace them with the documents of the locked results?</source>
        <translation>文件夹 {folder} 中已有此前生成的文书。是否以锁定结果生成的文书替换？</translation>
    </message>
    <message>
        <source>Cannot write the documents</source>
        <translation>无法生成文件</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Ranking rules…</source>
        <translation>排名规则…</translation>
    </message>
    <message>
        <source>Commit decisions…</source>
        <translation>提交决定…</translation>
    </message>
    <message>
        <source>Ranking to Excel…</source>
        <translation>排名导出为 Excel…</translation>
    </message>
    <message>
        <source>Score summary to Excel…</source>
        <translation>评分汇总表导出为 Excel…</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>生成文件…</translation>
    </message>
    <message>
        <source>The pilot list, approval letters, score tables and findings, to print</source>
        <translation>试点名单、批复、评分表和评审意见，可打印</translation>
    </message>
    <message>
        <source>Public notice and objections…</source>
        <translation>公示与异议…</translation>
    </message>
    <message>
        <source>The 公示 of the proposed list, its term, and the objections to it</source>
        <translation>拟入选名单的公示、公示期及收到的异议</translation>
    </message>
    <message>
        <source>Outcome bands…</source>
        <translation>验收结论分档…</translation>
    </message>
    <message>
        <source>Which final scores pass, go to rectify or fail, and the star grade; they can change only while the results are unlocked</source>
        <translation>最终得分对应的验收结论（通过、整改后复验、不通过）及星级；仅可在评审结果解锁时修改</translation>
    </message>
    <message>
        <source>Re-acceptance…</source>
        <translation>复验…</translation>
    </message>
    <message>
        <source>Score the pilots sent to rectify again, with the rectification deadline</source>
        <translation>对整改后复验的试点重新评分，并设定整改期限</translation>
    </message>
    <message>
        <source>Feedback letters…</source>
        <translation>反馈意见…</translation>
    </message>
    <message>
        <source>The 反馈意见 to each applicant, drafted from the panel&apos;s view, to edit</source>
        <translation>根据专家组评审意见为每个申报单位起草的反馈意见，可修改</translation>
    </message>
    <message>
        <source>Later reviews…</source>
        <translation>后续评审…</translation>
    </message>
    <message>
        <source>Choose the acceptance and mid-term review campaigns of this selection&apos;s pilots, to show their outcomes (read only)</source>
        <translation>选择本次遴选所批试点的验收、中期评估评审批次，显示其评审结论（只读）</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Within the cut</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>Outside the cut</source>
        <translation>未入围</translation>
    </message>
    <message>
        <source>Against the ranking</source>
        <translation>与排名不一致</translation>
    </message>
    <message>
        <source>Not yet committed</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffe1cc&apos;&gt;&amp;nbsp;against the ranking&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#7a7a7a&apos;&gt;grey: outside the cut&lt;/span&gt; · ✎ staged · ✓ committed · keys A R D, Delete, Ctrl+Z</source>
        <translation>&lt;span style=&apos;background:#ffe1cc&apos;&gt;&amp;nbsp;与排名不一致&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#7a7a7a&apos;&gt;灰色：未入围&lt;/span&gt; · ✎ 已暂存 · ✓ 已提交 · 按键 A R D、Delete、Ctrl+Z</translation>
    </message>
    <message>
        <source>Back to the proposal (Del)</source>
        <translation>恢复为建议（Del）</translation>
    </message>
    <message>
        <source>Ranking and decisions</source>
        <translation>排名与决定</translation>
    </message>
    <message>
        <source>On the results locked as {fingerprint}: {within} within the cut of {total}; {staged} staged, {pending} not yet committed.</source>
        <translation>基于锁定结果 {fingerprint}：{total} 项中 {within} 项入围；{staged} 项已暂存，{pending} 项尚未提交。</translation>
    </message>
    <message>
        <source>Re-acceptance open: {count} pilots to rectify by {date}. Lock the results again once their new scores are in.</source>
        <translation>复验进行中：{count} 个试点须于 {date} 前完成整改。复验评分全部收回后，请重新锁定评审结果。</translation>
    </message>
    <message>
        <source>Select a line to see the evidence behind it.</source>
        <translation>选择一行以查看其依据。</translation>
    </message>
    <message>
        <source>Later reviews</source>
        <translation>后续评审</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>去掉</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>The results are not locked. Decisions are made on locked results only: lock them on the {page} tab (Ctrl+6) first.</source>
        <translation>结果尚未锁定。决定只能基于已锁定的结果作出，请先在“{page}”页（Ctrl+6）锁定结果。</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>前往{page}</translation>
    </message>
    <message>
        <source>Each expert&apos;s total</source>
        <translation>各专家总分</translation>
    </message>
    <message>
        <source>Conditions (panel figures)</source>
        <translation>各评审条件（专家组得分）</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Discussion notes and dissents</source>
        <translation>讨论记录与异议</translation>
    </message>
    <message>
        <source>Rank {rank} · final {final} · {standing}</source>
        <translation>排名 {rank} · 最终得分 {final} · {standing}</translation>
    </message>
    <message>
        <source>Criteria the experts disagree on: {list}</source>
        <translation>专家意见分歧的评分项：{list}</translation>
    </message>
    <message>
        <source>Proposal: {outcome}</source>
        <translation>建议：{outcome}</translation>
    </message>
    <message>
        <source>Committed: {outcome} by {by} on {at}</source>
        <translation>已提交：{outcome}，{by}，{at}</translation>
    </message>
    <message>
        <source>(on results locked earlier)</source>
        <translation>（基于此前锁定的结果）</translation>
    </message>
    <message>
        <source>Staged: {outcome} by {by}</source>
        <translation>已暂存：{outcome}，{by}</translation>
    </message>
    <message>
        <source>This decision goes against the ranking.</source>
        <translation>此决定与排名不一致。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Writing the package of {name}</source>
        <translation>正在生成{name}的申报材料</translation>
    </message>
    <message>
        <source>Results reviewed by the panel</source>
        <translation>专家组审定评审结果</translation>
    </message>
    <message>
        <source>The panel leader agrees</source>
        <translation>评审组长同意</translation>
    </message>
    <message>
        <source>Writing the demo selection</source>
        <translation>正在写入演示遴选评审批次</translation>
    </message>
    <message>
        <source>Locking the selection and deciding</source>
        <translation>正在锁定遴选结果并作出决定</translation>
    </message>
    <message>
        <source>Taking in the acceptance packages</source>
        <translation>正在导入验收材料</translation>
    </message>
    <message>
        <source>Saving the demo campaign</source>
        <translation>正在保存演示评审批次</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>No application has a committed approval on the locked results yet, so there is no list to print.</source>
        <translation>在已锁定的结果上尚无已提交的同意决定，因此没有可打印的名单。</translation>
    </message>
    <message>
        <source>the score summary</source>
        <translation>评分汇总表</translation>
    </message>
    <message>
        <source>the expert score sheets</source>
        <translation>专家评分表</translation>
    </message>
    <message>
        <source>the panel&apos;s findings</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <source>the review report</source>
        <translation>评审报告</translation>
    </message>
    <message>
        <source>the pilot list</source>
        <translation>试点名单</translation>
    </message>
    <message>
        <source>the approval letters</source>
        <translation>批复</translation>
    </message>
    <message>
        <source>the public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>the notice of the review&apos;s results</source>
        <translation>结果通知</translation>
    </message>
    <message>
        <source>the review opinions per pilot</source>
        <translation>各试点的评议意见</translation>
    </message>
    <message>
        <source>the rectification notices</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>the score summary in Excel</source>
        <translation>评分汇总表（Excel）</translation>
    </message>
    <message>
        <source>the ranking and pilot list in Excel</source>
        <translation>排名与试点名单（Excel）</translation>
    </message>
    <message>
        <source>Finding the fonts</source>
        <translation>正在查找字体</translation>
    </message>
    <message>
        <source>Writing {what}</source>
        <translation>正在生成{what}</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>评审文件</translation>
    </message>
    <message>
        <source>Every document is made from the locked results and carries their fingerprint. Leave a field empty for its default.</source>
        <translation>所有文件均依据锁定结果生成，并印有结果校验码。留空的项目取默认值。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>the call&apos;s series, serial left blank</source>
        <translation>沿用通知的发文字号，序号留空</translation>
    </message>
    <message>
        <source>Another date:</source>
        <translation>其他日期：</translation>
    </message>
    <message>
        <source>the day the results were locked, or</source>
        <translation>结果锁定之日，或</translation>
    </message>
    <message>
        <source>those of the call, per track</source>
        <translation>沿用通知的主送机关（按类别）</translation>
    </message>
    <message>
        <source>none: the imprint then names no copies</source>
        <translation>不填：版记中不列抄送机关</translation>
    </message>
    <message>
        <source>Rectify by:</source>
        <translation>另定日期：</translation>
    </message>
    <message>
        <source>An acceptance or mid-term review&apos;s rectification deadline, printed on its notices; unchecked: the re-acceptance round&apos;s, else left blank</source>
        <translation>验收或中期评估的整改期限，印在通知上；不勾选时取复验轮次的期限，否则留空</translation>
    </message>
    <message>
        <source>PDF and Word</source>
        <translation>PDF 和 Word</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>仅 PDF</translation>
    </message>
    <message>
        <source>Word only (the letters; the tables in Excel)</source>
        <translation>仅 Word（公文类文件；表格为 Excel）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>发文字号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>Addressees:</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>Copy to (抄送):</source>
        <translation>抄送机关：</translation>
    </message>
    <message>
        <source>Deadline (整改期限):</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Write the documents</source>
        <translation>生成文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已生成：</translation>
    </message>
    <message>
        <source>Notice of the pilot list</source>
        <translation>试点名单通知</translation>
    </message>
    <message>
        <source>Approval letters</source>
        <translation>批复函</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Notice of the review&apos;s results</source>
        <translation>结果通知</translation>
    </message>
    <message>
        <source>Opinions per pilot</source>
        <translation>各试点意见</translation>
    </message>
    <message>
        <source>Rectification notices</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>评审报告</translation>
    </message>
    <message>
        <source>Panel&apos;s findings</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <source>Expert score sheets</source>
        <translation>专家评分表</translation>
    </message>
    <message>
        <source>Score tables</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Word copies</source>
        <translation>Word 副本</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
    <message>
        <source>{role}: no installed face; the shipped {face} served.</source>
        <translation>{role}：本机未安装相应字体，已改用随附的{face}。</translation>
    </message>
    <message>
        <source>Write the documents into</source>
        <translation>将文件生成到</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder that exists, or create it first.</source>
        <translation>文件夹 {folder} 不存在。请选择一个已有的文件夹，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>The campaign file {path} does not exist. It may have been moved or deleted; choose it again with Open.</source>
        <translation>评审批次文件 {path} 不存在，可能已被移动或删除。请通过“打开”重新选择。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check its name, and that the disk or USB stick is connected.</source>
        <translation>文件 {path} 不存在。请检查文件名，以及磁盘或U盘是否已连接。</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name, or delete that file first.</source>
        <translation>文件 {path} 已存在。请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>The file {path} is not a Reviewer campaign file. Open a file ending in .review that Reviewer created.</source>
        <translation>文件 {path} 不是 Reviewer 评审批次文件。请打开由 Reviewer 创建、扩展名为 .review 的文件。</translation>
    </message>
    <message>
        <source>The campaign file {path} was written by a newer version of Reviewer (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation>评审批次文件 {path} 由更新版本的 Reviewer 创建（数据结构版本 {revision}）。请安装新版本后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The campaign file {path} was written by an older version of Reviewer and must be upgraded before use, which needs write access. Copy it to a writable folder and open the copy.</source>
        <translation>评审批次文件 {path} 由旧版本 Reviewer 创建，需要升级后才能使用，而升级需要写入权限。请将其复制到可写的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>The campaign file {path} is damaged and cannot be read ({detail}). Open a backup copy of it; the damaged file was left unchanged.</source>
        <translation>评审批次文件 {path} 已损坏，无法读取（{detail}）。请打开其备份副本；损坏的文件未作任何改动。</translation>
    </message>
    <message>
        <source>The campaign file {path} has been altered outside Reviewer: {kind} {name} is not as Reviewer made it. The file was not opened and was left unchanged. Open a backup copy of it, or ask whoever gave you the file for the one Reviewer wrote.</source>
        <translation>评审批次文件 {path} 已在 Reviewer 之外被改动：{kind} {name} 与 Reviewer 所建的不一致。该文件未被打开，也未作任何改动。请打开其备份副本，或向提供该文件的人索取由 Reviewer 生成的原文件。</translation>
    </message>
    <message>
        <source>The campaign file {path} has been altered outside Reviewer: it holds {kind} {name}, which Reviewer never makes and which could run code or hide changes. The file was not opened and was left unchanged. Open a backup copy of it, or ask whoever gave you the file for the one Reviewer wrote.</source>
        <translation>评审批次文件 {path} 已在 Reviewer 之外被改动：其中含有{kind} {name}，Reviewer 从不建立此类对象，它可能执行代码或掩盖改动。该文件未被打开，也未作任何改动。请打开其备份副本，或向提供该文件的人索取由 Reviewer 生成的原文件。</translation>
    </message>
    <message>
        <source>The campaign file {path} is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <translation>评审批次文件 {path} 正由 {holder} 编辑。请先在那里关闭，或以只读方式打开。</translation>
    </message>
    <message>
        <source>The campaign file {path} is open read-only, so it cannot be changed. Open a writable copy to make changes.</source>
        <translation>评审批次文件 {path} 以只读方式打开，不能修改。如需修改，请打开一个可写的副本。</translation>
    </message>
    <message>
        <source>The campaign file {path} cannot be read: {detail}. Check that you may read it and that the disk is connected.</source>
        <translation>无法读取评审批次文件 {path}：{detail}。请检查是否有读取权限、磁盘是否已连接。</translation>
    </message>
    <message>
        <source>Could not save to {path}: {detail}. This last change was not saved; everything saved before it is safe. Free some space on the disk, or check that it is still connected, and do it again.</source>
        <translation>无法保存到 {path}：{detail}。刚才的这一修改未能保存；此前已保存的内容均完好无损。请释放磁盘空间，或检查磁盘是否仍已连接，然后重新操作。</translation>
    </message>
    <message>
        <source>{url} is not a campaign database address. Write it as postgresql://user@server/database.</source>
        <translation>{url} 不是评审批次数据库地址。请写成 postgresql://用户@服务器/数据库。</translation>
    </message>
    <message>
        <source>Cannot reach the campaign database {url}: {detail}. Check the address, the user and the password, and that the server is running.</source>
        <translation>无法连接评审批次数据库 {url}：{detail}。请检查地址、用户名和密码，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The database {url} already holds tables. Create the campaign in an empty database.</source>
        <translation>数据库 {url} 中已有数据表。请在空数据库中创建评审批次。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}. Choose a folder you may write to, on a disk with free space.</source>
        <translation>无法写入 {path}：{detail}。请选择有写入权限且磁盘空间充足的文件夹。</translation>
    </message>
    <message>
        <source>{what}. This was not done.</source>
        <translation>{what}。本次操作未执行。</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid})</source>
        <translation>{host} 上的用户 {user}（进程 {pid}）</translation>
    </message>
    <message>
        <source>another Reviewer window</source>
        <translation>另一个 Reviewer 窗口</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}. Check that you may read it and that the disk or USB stick is connected, then copy the files again.</source>
        <translation>无法读取 {path}：{detail}。请检查是否有读取权限、磁盘或U盘是否已连接，然后重新复制文件。</translation>
    </message>
    <message>
        <source>{path} does not exist. Check that the disk or USB stick is connected, then choose the folder or zip file again.</source>
        <translation>{path} 不存在。请检查磁盘或U盘是否已连接，然后重新选择文件夹或 zip 文件。</translation>
    </message>
    <message>
        <source>{path} is neither a folder nor a zip file of application packages. Choose the folder or the .zip file that a city handed in.</source>
        <translation>{path} 既不是申报材料文件夹，也不是申报材料 zip 压缩包。请选择申报单位报送的文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>The zip file {path} is damaged and cannot be read ({detail}). Copy it again from the USB stick, or ask the city to re-create it.</source>
        <translation>zip 文件 {path} 已损坏，无法读取（{detail}）。请从U盘重新复制，或请申报单位重新打包。</translation>
    </message>
    <message>
        <source>The zip file {path} is protected by a password ({member}). Re-create the zip without a password, or copy the files again as a plain folder.</source>
        <translation>zip 文件 {path} 设有密码（{member}）。请重新打包且不设密码，或直接以文件夹形式复制文件。</translation>
    </message>
    <message>
        <source>The zip file {path} uses a compression method Reviewer cannot read ({member}). Extract it and choose the folder, or re-create the zip with ordinary compression.</source>
        <translation>zip 文件 {path} 使用了 Reviewer 无法读取的压缩方式（{member}）。请先解压后选择文件夹，或以普通压缩方式重新打包。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The zip file {path} holds {count} entries, far more than any package; it may be damaged or built to exhaust the computer&apos;s memory. Ask the applicant for the files again.</source>
        <translation>zip 文件 {path} 含有 {count} 个条目，远超正常申报材料，可能已损坏或为耗尽内存而恶意构造。请申报单位重新提供文件。</translation>
    </message>
    <message>
        <source>The zip file {path} would expand to {size} ({member}), far more than any package; it may be damaged or built to fill the disk. Ask the applicant for the files again.</source>
        <translation>zip 文件 {path} 解压后将达 {size}（{member}），远超正常申报材料，可能已损坏或为恶意构造的压缩包。请申报单位重新提供文件。</translation>
    </message>
    <message>
        <source>{path} is a RAR or 7z archive, which Reviewer cannot open. Extract it and choose the folder, or re-create it as a .zip file.</source>
        <translation>{path} 是 RAR 或 7z 压缩包，Reviewer 无法打开。请先解压后选择文件夹，或重新打包为 .zip 文件。</translation>
    </message>
    <message>
        <source>The applicant cannot be saved: {problem}</source>
        <translation>无法保存申报单位：{problem}</translation>
    </message>
    <message>
        <source>give the applicant&apos;s name.</source>
        <translation>请填写申报单位名称。</translation>
    </message>
    <message>
        <source>another applicant is already called {value}.</source>
        <translation>已有名为 {value} 的申报单位。</translation>
    </message>
    <message>
        <source>another applicant already has the code {value}.</source>
        <translation>编号 {value} 已被其他申报单位使用。</translation>
    </message>
    <message>
        <source>The expert cannot be saved: {problem}</source>
        <translation>无法保存专家信息：{problem}</translation>
    </message>
    <message>
        <source>give the expert&apos;s number and name.</source>
        <translation>请填写专家编号和姓名。</translation>
    </message>
    <message>
        <source>{name} already has the number {code}.</source>
        <translation>编号 {code} 已被 {name} 使用。</translation>
    </message>
    <message>
        <source>{applicant} can be scored by only {eligible} {eligible:expert|experts} without a conflict of interest, fewer than the {wanted} asked for. Add experts to the panel or ask for fewer experts per application.</source>
        <translation>{applicant} 在回避后仅有 {eligible} 位专家可评审，少于要求的 {wanted} 位。请增加专家组成员，或减少每个项目的评审专家人数。</translation>
    </message>
    <message>
        <source>Give the reason for the conflict of interest.</source>
        <translation>请填写回避理由。</translation>
    </message>
    <message>
        <source>The commitment text is empty. Write the commitment.</source>
        <translation>评审承诺文本为空。请填写承诺内容。</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file. Save the commitment as UTF-8 text.</source>
        <translation>{path} 不是 UTF-8 编码的文本文件。请将评审承诺另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The campaign has no expert with the number {code}. Check the number.</source>
        <translation>本评审批次中没有编号为 {code} 的专家。请核对编号。</translation>
    </message>
    <message>
        <source>{name} ({code}) has no application assigned, so a kit would be empty. Assign the panel first.</source>
        <translation>{name}（{code}）尚未分配评审任务，评分包将为空。请先分配评审任务。</translation>
    </message>
    <message>
        <source>The scores cannot be submitted yet: {missing}. Finish them and submit again.</source>
        <translation>暂不能提交评分：{missing}。请完成后再提交。</translation>
    </message>
    <message>
        <source>{file} is refused: {problem}</source>
        <translation>{file} 未被接受：{problem}</translation>
    </message>
    <message>
        <source>the conflict-of-interest check has not been done</source>
        <translation>尚未完成回避申报</translation>
    </message>
    <message>
        <source>the review commitment has not been accepted</source>
        <translation>尚未确认评审承诺</translation>
    </message>
    <message>
        <source>a comment on {applicant} {criterion}</source>
        <translation>需填写 {applicant} {criterion} 的评分意见</translation>
    </message>
    <message>
        <source>it is not a Reviewer score file.</source>
        <translation>该文件不是 Reviewer 评分文件。</translation>
    </message>
    <message>
        <source>its field “{field}” is missing or not what Reviewer writes there, so it is not a score file Reviewer wrote.</source>
        <translation>其字段“{field}”缺失或与 Reviewer 写入的内容不符，因此不是 Reviewer 生成的评分文件。</translation>
    </message>
    <message>
        <source>it comes from another campaign.</source>
        <translation>该文件来自其他评审批次。</translation>
    </message>
    <message>
        <source>it comes from a kit this campaign did not issue.</source>
        <translation>该文件来自本评审批次未发放的评分包。</translation>
    </message>
    <message>
        <source>it is presented as {claimed}&apos;s, but its kit was issued to {expert}.</source>
        <translation>该文件标明为 {claimed} 的评分，但其评分包发放给 {expert}。</translation>
    </message>
    <message>
        <source>it was altered after the expert signed it (the signature does not match).</source>
        <translation>该文件在专家签名后被改动（签名不符）。</translation>
    </message>
    <message>
        <source>it is for scoring round {round}, but its kit is for round {kit_round}.</source>
        <translation>它属于第 {round} 轮评分，但其评分包属于第 {kit_round} 轮。</translation>
    </message>
    <message>
        <source>it was scored on version {old} of the rubric “{title}”, which has since changed to version {new}. Send the expert a new kit.</source>
        <translation>该文件依据评分细则“{title}”第 {old} 版评分，而该细则现已更新为第 {new} 版。请向该专家重新发放评分包。</translation>
    </message>
    <message>
        <source>it is older than (or the same as) a score file already imported from this kit (number {sequence}, last imported {last}).</source>
        <translation>该文件不晚于已从该评分包导入的评分文件（本文件序号 {sequence}，已导入序号 {last}）。</translation>
    </message>
    <message>
        <source>it declares a conflict of interest with application {application}, which is not assigned to the expert.</source>
        <translation>它申明与申报项目 {application} 存在利益冲突，但该项目并未分配给该专家。</translation>
    </message>
    <message>
        <source>it scores {applicant}, from which the expert is recused.</source>
        <translation>该文件含有对 {applicant} 的评分，而该专家须回避此单位。</translation>
    </message>
    <message>
        <source>it scores {applicant}, which is not assigned to the expert.</source>
        <translation>该文件含有对 {applicant} 的评分，而该项目未分配给该专家。</translation>
    </message>
    <message>
        <source>it scores {applicant} {criterion} twice.</source>
        <translation>它对{applicant}的 {criterion} 评了两次分。</translation>
    </message>
    <message>
        <source>its score for {applicant} {criterion} is not one the rubric allows.</source>
        <translation>该文件中 {applicant} {criterion} 的评分不符合评分细则。</translation>
    </message>
    <message>
        <source>{path} is a campaign, not an expert&apos;s scoring kit. Open the kit file the secretariat gave you.</source>
        <translation>{path} 是评审批次文件，不是专家评分包。请打开工作组发给您的评分包文件。</translation>
    </message>
    <message>
        <source>The kit {path} is damaged: its records do not fit together. Ask the secretariat to issue you a new kit.</source>
        <translation>评分包 {path} 已损坏：其中的记录互不吻合。请联系工作组为您重新发放评分包。</translation>
    </message>
    <message>
        <source>{criterion}: “{value}” is not a score. Type a number from 0 to {max} in steps of {step}.</source>
        <translation>{criterion}：“{value}”不是有效评分。请填写 0 到 {max} 之间、以 {step} 为步长的数值。</translation>
    </message>
    <message>
        <source>Read and accept the review commitment before scoring (Review Commitment… in the kit).</source>
        <translation>请先阅读并接受评审承诺再评分（评分包中的“评审承诺…”）。</translation>
    </message>
    <message>
        <source>The comment has {length} characters, more than the {limit} allowed. Shorten it.</source>
        <translation>评分意见有 {length} 个字符，超过允许的 {limit} 个。请删减。</translation>
    </message>
    <message>
        <source>This application is not assigned to you, or you declared a conflict of interest with it, so it cannot be scored.</source>
        <translation>该申报项目未分配给您，或您已申报回避，不能评分。</translation>
    </message>
    <message>
        <source>{file} was imported before; nothing changed.</source>
        <translation>{file} 此前已导入，未作改动。</translation>
    </message>
    <message>
        <source>The rubric is not valid.</source>
        <translation>评分细则有误。</translation>
    </message>
    <message>
        <source>In the rubric, {field} of {item} is “{value}”, which is not a number of points.</source>
        <translation>评分细则中，{item} 的{field}为“{value}”，不是有效分值。</translation>
    </message>
    <message>
        <source>In the rubric, criterion {item} has a maximum of {max} points, which is not a positive multiple of its step {step}.</source>
        <translation>评分细则中，评分项 {item} 的满分 {max} 不是其步长 {step} 的正整数倍。</translation>
    </message>
    <message>
        <source>In the rubric, criterion {item} must have the bands {levels}, in that order.</source>
        <translation>评分细则中，评分项 {item} 的档次须依次为{levels}。</translation>
    </message>
    <message>
        <source>In the rubric, band {band} of criterion {item} runs {low}–{high}; it should end at {expected} and lie on the step {step}, so that the bands cover 0–{max} points without gaps or overlaps.</source>
        <translation>评分细则中，评分项 {item} 的“{band}”档为 {low}–{high} 分；该档最高分应为 {expected}，且须符合步长 {step}，使各档无间隔、无重叠地覆盖 0–{max} 分。</translation>
    </message>
    <message>
        <source>In the rubric, the lowest band of criterion {item} must start at 0.</source>
        <translation>评分细则中，评分项 {item} 最低一档须从 0 分开始。</translation>
    </message>
    <message>
        <source>The rubric&apos;s criteria add up to {sum} points, not the stated total of {total}. Change the criteria&apos;s points or the total.</source>
        <translation>评分细则各评分项合计 {sum} 分，与规定的总分 {total} 分不符。请调整评分项分值或总分。</translation>
    </message>
    <message>
        <source>In the rubric, {item} needs {field}.</source>
        <translation>评分细则中，{item} 须填写{field}。</translation>
    </message>
    <message>
        <source>In the rubric, the code {code} is used twice. Give each item its own code.</source>
        <translation>评分细则中，编号 {code} 重复使用。请为每一项分配不同的编号。</translation>
    </message>
    <message>
        <source>The rubric has no criteria. Add a condition and at least one criterion to it.</source>
        <translation>评分细则中没有评分项。请添加评审条件，并在其下至少添加一个评分项。</translation>
    </message>
    <message>
        <source>The rubric has {count} conditions, more than the {limit} a rubric may have. Merge or remove conditions.</source>
        <translation>评分细则有 {count} 项评审条件，超过上限 {limit} 项。请合并或删除部分评审条件。</translation>
    </message>
    <message>
        <source>The rubric has {count} criteria, more than the {limit} a rubric may have: every expert scores each of them for every application. Merge or remove criteria.</source>
        <translation>评分细则有 {count} 个评分项，超过上限 {limit} 个：每位专家须对每个申报项目逐项评分。请合并或删除部分评分项。</translation>
    </message>
    <message>
        <source>The rubric has {count} gate checks, more than the {limit} a rubric may have. Merge or remove gate checks.</source>
        <translation>评分细则有 {count} 项资格条件，超过上限 {limit} 项。请合并或删除部分资格条件。</translation>
    </message>
    <message>
        <source>In the rubric, condition {item} has no criteria. Add one or remove it.</source>
        <translation>评分细则中，评审条件 {item} 下没有评分项。请添加评分项或删除该条件。</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not be written to</source>
        <translation>磁盘无法写入</translation>
    </message>
    <message>
        <source>the file has become read-only</source>
        <translation>文件已变为只读</translation>
    </message>
    <message>
        <source>the file can no longer be reached</source>
        <translation>无法再访问该文件</translation>
    </message>
    <message>
        <source>The results are not locked, so there is nothing to unlock.</source>
        <translation>结果未被锁定，无需解除。</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit log.</source>
        <translation>请填写理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Say on which ground the locked results change (87号令 §64): an adding-up error, a sub-score out of the rubric&apos;s range, inconsistent scoring of an objective item, a score the panel judges abnormally high or low, or other (say what).</source>
        <translation>请说明修改已锁定结果的依据（87号令第六十四条）：分值汇总计算错误、分项评分超出评分标准规定的分值范围、客观评审因素评分不一致、经评审委员会认定评分畸高或畸低，或其他（须说明）。</translation>
    </message>
    <message>
        <source>The ground is “other”: say what it is. It is kept with the reason.</source>
        <translation>依据为“其他”：请说明具体依据，将与理由一并保存。</translation>
    </message>
    <message>
        <source>The note is empty. Write what was discussed.</source>
        <translation>记录内容为空。请填写讨论情况。</translation>
    </message>
    <message>
        <source>The results were locked on {at} by {by} ({reason}), so they cannot change now. Unlock them with a reason first.</source>
        <translation>结果已于 {at} 由 {by} 锁定（{reason}），目前不能更改。如需更改，请先说明理由解除锁定。</translation>
    </message>
    <message>
        <source>No expert was chosen to score again. Tick at least one expert.</source>
        <translation>没有选择复评专家。请至少勾选一位专家。</translation>
    </message>
    <message>
        <source>Say why the round is needed (for example, the spread the panel discussed): it is kept in the audit log.</source>
        <translation>请说明需要复评的原因（例如专家组讨论的分差）：原因将记入审计日志。</translation>
    </message>
    <message>
        <source>{expert} is not on the panel of {applicant} (not assigned, or recused), so cannot score it again.</source>
        <translation>{expert} 不在 {applicant} 的评审专家中（未分配或已回避），不能复评。</translation>
    </message>
    <message>
        <source>The campaign has no application “{application}”. Check the name or number.</source>
        <translation>本次评审没有申报“{application}”。请检查名称或编号。</translation>
    </message>
    <message>
        <source>The decision “{outcome}” on {applicant} goes against the ranking, so it needs a written reason.</source>
        <translation>对{applicant}作出“{outcome}”的决定与排名不一致，须写明理由。</translation>
    </message>
    <message>
        <source>{applicant} is not ranked (ineligible or not scored), so it cannot be approved.</source>
        <translation>{applicant}未参加排名（不符合资格或未评分），不能批准。</translation>
    </message>
    <message>
        <source>Nothing was committed: these decisions go against the ranking and have no written reason: {applicants}.</source>
        <translation>未提交任何决定：以下决定与排名不一致且未写明理由：{applicants}。</translation>
    </message>
    <message>
        <source>Nothing was committed: the decisions on {applicants} were made on results locked earlier. Decide them again on the current results, or discard them.</source>
        <translation>未提交任何决定：对{applicants}的决定是基于此前锁定的结果作出的。请基于当前结果重新决定，或将其放弃。</translation>
    </message>
    <message>
        <source>Nothing was committed: the locked results changed since the list was shown. Look at the list again.</source>
        <translation>未提交任何决定：显示名单后锁定的结果已发生变化。请重新查看名单。</translation>
    </message>
    <message>
        <source>No application {application} is in the locked results.</source>
        <translation>锁定的结果中没有申报 {application}。</translation>
    </message>
    <message>
        <source>The results are not locked. Lock them first: the ranking and the decisions are made on locked results only.</source>
        <translation>结果尚未锁定。请先锁定结果：排名和决定只能基于已锁定的结果作出。</translation>
    </message>
    <message>
        <source>The ranking rules of {track} are not valid: {problem}</source>
        <translation>{track}的排名规则无效：{problem}</translation>
    </message>
    <message>
        <source>the quota must be at least 1</source>
        <translation>名额至少为1</translation>
    </message>
    <message>
        <source>the minimum score must be between 0 and the total</source>
        <translation>最低分必须在0与总分之间</translation>
    </message>
    <message>
        <source>the minimum score has at most two decimals</source>
        <translation>最低分最多保留两位小数</translation>
    </message>
    <message>
        <source>a condition appears twice in the tie-break order</source>
        <translation>同分排序中有评审条件重复出现</translation>
    </message>
    <message>
        <source>the tie-break order names an unknown condition</source>
        <translation>同分排序中含有不存在的评审条件</translation>
    </message>
    <message>
        <source>The results are not locked, so there is nothing to print. Lock them first (reviewer lock CAMPAIGN --reason TEXT): documents show locked results only.</source>
        <translation>结果尚未锁定，没有可打印的内容。请先锁定结果（reviewer lock CAMPAIGN --reason TEXT）：文件只打印已锁定的结果。</translation>
    </message>
    <message>
        <source>the PostgreSQL driver is not installed (pip install &apos;reviewer[postgres]&apos;)</source>
        <translation>未安装 PostgreSQL 驱动（pip install &apos;reviewer[postgres]&apos;）</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>the row security of the table</source>
        <translation>行级安全策略，所在数据表为</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>服务器磁盘已满</translation>
    </message>
    <message>
        <source>the server can no longer be reached</source>
        <translation>无法再连接服务器</translation>
    </message>
    <message>
        <source>Reviewer backs up campaign files only; a campaign in a database is backed up by its server.</source>
        <translation>Reviewer 只备份评审批次文件；数据库中的评审批次由其服务器负责备份。</translation>
    </message>
    <message>
        <source>There is no backup named {name} beside the campaign {path}.</source>
        <translation>评审批次 {path} 旁没有名为 {name} 的备份。</translation>
    </message>
    <message>
        <source>The name given for {what} is empty. Give the name of a file or folder.</source>
        <translation>参数 {what} 的值为空。请给出文件或文件夹的名称。</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name, or have Reviewer replace it (--force on the command line).</source>
        <translation>文件 {path} 已存在。请换一个文件名，或允许 Reviewer 替换该文件（命令行中加 --force）。</translation>
    </message>
    <message>
        <source>{path} is a Reviewer campaign file, or one of the files SQLite keeps beside a campaign. Reviewer never writes over a campaign, even when asked to replace the file; choose another name.</source>
        <translation>{path} 是 Reviewer 评审批次文件，或是 SQLite 保存在评审批次文件旁的工作文件。即使要求替换，Reviewer 也绝不会覆盖评审批次文件；请换一个文件名。</translation>
    </message>
    <message>
        <source>{path} is the campaign {campaign} itself, or one of the files SQLite keeps beside it. Reviewer never writes over the campaign it is working on; choose another name.</source>
        <translation>{path} 就是评审批次文件 {campaign} 本身，或是 SQLite 保存在其旁的工作文件。Reviewer 绝不会覆盖正在使用的评审批次文件；请换一个文件名。</translation>
    </message>
    <message>
        <source>{path} is in {folder}, where a campaign&apos;s automatic backups are kept. Reviewer writes nothing there; choose another folder.</source>
        <translation>{path} 位于 {folder} 中，该文件夹存放评审批次的自动备份。Reviewer 不会向其中写入任何文件；请另选文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of a file to write, in that folder or elsewhere.</source>
        <translation>{path} 是一个文件夹。请给出要写入的文件名称（可在该文件夹内或其他位置）。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder to write into, or a name that does not exist yet.</source>
        <translation>{path} 是文件而不是文件夹。请选择要写入的文件夹，或给出一个尚不存在的名称。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket). Reviewer does not write there; choose another name.</source>
        <translation>{path} 不是普通文件（而是设备、管道或套接字）。Reviewer 不会向其写入；请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file name is too long for the disk (at most 255 bytes, about 85 Chinese characters). Choose a shorter name.</source>
        <translation>无法写入 {path}：文件名过长，超出磁盘允许的长度（最多 255 字节，约 85 个汉字）。请换一个较短的名称。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Free some space and do it again; nothing was written and no earlier file was changed.</source>
        <translation>无法写入 {path}：磁盘已满。请清理出部分空间后重试；本次未写入任何内容，原有文件也未作改动。</translation>
    </message>
    <message>
        <source>Cannot write {path}: you may not write there, or the disk is read-only. Choose a folder you may write to.</source>
        <translation>无法写入 {path}：没有写入权限，或磁盘为只读。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>{path} is {kind}, not an ordinary file, so it was not read. Choose the {what} itself.</source>
        <translation>{path} 是{kind}，不是普通文件，未予读取。请选择{what}本身。</translation>
    </message>
    <message>
        <source>{path} is {size}, larger than any {what} ({limit} at most), so it was not read. Check that you chose the right file.</source>
        <translation>{path} 大小为 {size}，超过{what}的上限（{limit}），未予读取。请检查是否选对了文件。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}. Check that you may read it and that the disk or USB stick is connected.</source>
        <translation>无法读取 {path}：{detail}。请检查是否有读取权限，以及磁盘或U盘是否已连接。</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} ({part}), more than any {what} ({limit} at most); it may be damaged or built to exhaust the computer&apos;s memory, so it was not opened. Check that you chose the right file, or ask for it again.</source>
        <translation>{file} 解压后达 {size}（{part}），超过{what}的上限（{limit}），可能已损坏或为耗尽内存而恶意构造，未予打开。请检查是否选对了文件，或请对方重新提供。</translation>
    </message>
    <message>
        <source>{file}: its part {part} unpacks to {ratio} times its packed size, as no {what} does; it may be damaged or built to exhaust the computer&apos;s memory, so it was not opened. Check that you chose the right file, or ask for it again.</source>
        <translation>{file}：其中的 {part} 解压后为压缩大小的 {ratio} 倍，正常{what}不会如此，可能已损坏或为耗尽内存而恶意构造，未予打开。请检查是否选对了文件，或请对方重新提供。</translation>
    </message>
    <message>
        <source>{file} holds far more cells, styles, rules and other entries than any {what}; it may be damaged or built to exhaust the computer&apos;s memory, so it was not opened. Check that you chose the right file, or ask for it again.</source>
        <translation>{file} 所含单元格、样式、规则等条目远超正常{what}，可能已损坏或为耗尽内存而恶意构造，未予打开。请检查是否选对了文件，或请对方重新提供。</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: it reaches row {row}, beyond the {limit} rows any {what} may have, so it was not opened. Keep only the table in the sheet (delete what lies below it, even empty formatted rows) and try again.</source>
        <translation>{file}，工作表“{sheet}”：内容延伸至第 {row} 行，超过{what}的上限 {limit} 行，未予打开。请在工作表中只保留表格（删除表格下方的所有内容，包括设置了格式的空行）后重试。</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: it reaches column {column}, beyond the {limit} columns any {what} may have, so it was not opened. Keep only the table in the sheet (delete what lies to the right of it) and try again.</source>
        <translation>{file}，工作表“{sheet}”：内容延伸至 {column} 列，超过{what}的上限 {limit} 列，未予打开。请在工作表中只保留表格（删除表格右侧的所有内容）后重试。</translation>
    </message>
    <message>
        <source>{file} holds a document type declaration ({part}), which Excel never writes and which can be built to exhaust the computer&apos;s memory, so it was not opened. Open it in Excel, save it again as an .xlsx workbook, and try again.</source>
        <translation>{file} 含有文档类型声明（{part}）。Excel 从不写入此类声明，它可被用来耗尽计算机内存，因此未予打开。请用 Excel 打开该文件，重新另存为 .xlsx 工作簿后重试。</translation>
    </message>
    <message>
        <source>{file} cannot be embedded in a PDF: {detail}</source>
        <translation>{file} 无法嵌入 PDF：{detail}</translation>
    </message>
    <message>
        <source>The results are not locked: the panel signs the review report on locked results. Lock them first (reviewer lock CAMPAIGN --reason TEXT).</source>
        <translation>结果尚未锁定：评审专家组须在锁定的结果上签署评审报告。请先锁定结果（reviewer lock CAMPAIGN --reason TEXT）。</translation>
    </message>
    <message>
        <source>{expert} is not on the panel (no assignment, score or recusal): only panel members sign the review report.</source>
        <translation>{expert} 不是评审专家组成员（无评审任务、评分或回避记录）：只有专家组成员签署评审报告。</translation>
    </message>
    <message>
        <source>A member who signs with a different opinion writes the reasons: enter them as the signed report gives them.</source>
        <translation>签署不同意见的专家须说明理由：请照签字页上的内容录入理由。</translation>
    </message>
    <message>
        <source>The smallest panel must be between 1 and {most} experts, not {minimum}.</source>
        <translation>评审专家最少人数须在 1 至 {most} 之间，不能为 {minimum}。</translation>
    </message>
    <message>
        <source>{expert} cannot join the panel of {applicant}: {why}</source>
        <translation>{expert} 不能补入{applicant}的评审专家组：{why}</translation>
    </message>
    <message>
        <source>No complete application is known as “{application}”: give its number or its applicant&apos;s name.</source>
        <translation>没有名为“{application}”的材料齐全的申报项目：请给出申报项目编号或申报单位名称。</translation>
    </message>
    <message>
        <source>{path} is not an archive Reviewer can verify: {detail}. Nothing in it was extracted.</source>
        <translation>{path} 不是 Reviewer 可核验的档案：{detail}。其中的内容均未解压。</translation>
    </message>
    <message>
        <source>A term of {days} working days is not possible: give 1 to {most}.</source>
        <translation>期限 {days} 个工作日无效：请填写 1 至 {most}。</translation>
    </message>
    <message>
        <source>There is no objection {objection}.</source>
        <translation>不存在编号为 {objection} 的异议。</translation>
    </message>
    <message>
        <source>There is no application {application}.</source>
        <translation>不存在申报项目 {application}。</translation>
    </message>
    <message>
        <source>Objection {objection} was closed on {closed}; it can no longer be changed.</source>
        <translation>异议 {objection} 已于 {closed} 办结，不能再修改。</translation>
    </message>
    <message>
        <source>Write {what}: it cannot be empty.</source>
        <translation>请填写{what}，不能为空。</translation>
    </message>
    <message>
        <source>The explanation is empty. Enter the expert&apos;s written explanation as given.</source>
        <translation>书面说明为空。请按原文录入专家的书面说明。</translation>
    </message>
    <message>
        <source>{expert}&apos;s scores on {applicant} are not flagged as deviating ({items}), so there is nothing for the expert to explain.</source>
        <translation>{expert} 对{applicant}的评分未被标记为偏离（{items}），无需专家说明。</translation>
    </message>
    <message>
        <source>The campaign has no expert “{expert}”.</source>
        <translation>本评审批次没有专家“{expert}”。</translation>
    </message>
    <message>
        <source>The results cannot be locked yet: {count} {count:item needs|items need} seeing to first.
{items}
Re-check or explain each deviation, complete each panel, or have the panel leader allow the lock with a reason.</source>
        <translation>结果暂不能锁定：有 {count} 项须先处理。
{items}
请对每项偏离评分进行复核或由专家书面说明，补足各评审专家组，或由评审组长说明理由后准许锁定。</translation>
    </message>
    <message>
        <source>Only the panel leader may allow a lock over open items, and the panel has no leader. Mark one expert as the panel leader first.</source>
        <translation>只有评审组长可以同意在存在未处理事项时锁定结果，而专家组尚未指定组长。请先指定一名专家为评审组长。</translation>
    </message>
    <message>
        <source>Version {version} of this rubric already holds {scores} {scores:score|scores} from {experts} {experts:expert|experts}, so the change becomes version {next}. Decide what happens to those scores: carry them over on the {unchanged} criteria whose scale is unchanged, or have the experts score again.</source>
        <translation>该评分细则第 {version} 版已有 {experts} 位专家的 {scores} 条评分，修改将生成第 {next} 版。请决定已有评分如何处理：在 {unchanged} 个分值标准未变的评分项上沿用，或由专家重新评分。</translation>
    </message>
    <message>
        <source>No application is known as “{application}”. Give its number or its applicant&apos;s name; the applications are: {candidates}.</source>
        <translation>没有名为“{application}”的申报。请给出申报编号或申报单位名称；现有申报：{candidates}。</translation>
    </message>
    <message>
        <source>“{application}” could be any of: {candidates}. Give the application&apos;s number or the applicant&apos;s full name.</source>
        <translation>“{application}”可能指以下任一项：{candidates}。请给出申报编号或申报单位全称。</translation>
    </message>
    <message>
        <source>The tie of {expert} to {applicant} cannot be declared: {why} Known: {candidates}.</source>
        <translation>无法登记 {expert} 与 {applicant} 的关联关系：{why}现有：{candidates}。</translation>
    </message>
    <message>
        <source>no expert has this code.</source>
        <translation>没有此编号的专家。</translation>
    </message>
    <message>
        <source>no registered applicant has this name.</source>
        <translation>没有此名称的已登记申报单位。</translation>
    </message>
    <message>
        <source>The rubric library has no template “{key}”. List the templates with --library and give one of their keys.</source>
        <translation>评分细则库中没有模板“{key}”。请用 --library 列出模板，并给出其中一个模板的标识。</translation>
    </message>
    <message>
        <source>The template “{key}” cannot be used as a rubric: {problems}</source>
        <translation>模板“{key}”不能用作评分细则：{problems}</translation>
    </message>
    <message>
        <source>The rubric library folder {path} cannot be read ({detail}). Choose the folder again in Preferences, or give another with --library-folder.</source>
        <translation>无法读取评分细则库文件夹 {path}（{detail}）。请在“首选项”中重新选择文件夹，或用 --library-folder 指定其他文件夹。</translation>
    </message>
    <message>
        <source>No pilot is to rectify on the locked results, so there is nothing to re-accept.</source>
        <translation>按锁定的结果，没有需要整改的试点，无需复验。</translation>
    </message>
    <message>
        <source>Give the rectification deadline: the date by which the pilots must rectify.</source>
        <translation>请填写整改期限，即试点须完成整改的日期。</translation>
    </message>
    <message>
        <source>The outcome bands are not valid: {problem}</source>
        <translation>验收结论分档无效：{problem}</translation>
    </message>
    <message>
        <source>The star thresholds are not valid: {problem}</source>
        <translation>星级分数线无效：{problem}</translation>
    </message>
    <message>
        <source>Outcome bands belong to an acceptance or mid-term review; this campaign is a selection of pilots.</source>
        <translation>验收结论分档仅适用于验收或中期评估；本评审批次为试点遴选。</translation>
    </message>
    <message>
        <source>give two or three bands, one per outcome, including a pass band</source>
        <translation>请设置两档或三档，每种结论一档，且须包含“通过”档</translation>
    </message>
    <message>
        <source>a band edge has more than two decimals</source>
        <translation>分档界限的小数超过两位</translation>
    </message>
    <message>
        <source>the bands must cover 0 to 100</source>
        <translation>分档须覆盖 0 至 100 分</translation>
    </message>
    <message>
        <source>each band must start where the one below it ends, with no gap or overlap</source>
        <translation>每一档须紧接下一档的上限开始，不得有间隙或重叠</translation>
    </message>
    <message>
        <source>a higher band may not have a worse outcome</source>
        <translation>分数较高的档次不得对应较差的结论</translation>
    </message>
    <message>
        <source>give one threshold for each of the three stars</source>
        <translation>请为一星、二星、三星各设一个分数线</translation>
    </message>
    <message>
        <source>a threshold has more than two decimals</source>
        <translation>分数线的小数超过两位</translation>
    </message>
    <message>
        <source>each star needs a higher score than the one before</source>
        <translation>星级越高，分数线须越高</translation>
    </message>
    <message>
        <source>the thresholds must lie within the pass band</source>
        <translation>分数线须在“通过”档范围内</translation>
    </message>
    <message>
        <source>The feedback letter has {length} characters, more than the {limit} allowed.</source>
        <translation>反馈意见有 {length} 个字符，超过允许的 {limit} 个。</translation>
    </message>
    <message>
        <source>The feedback letter is empty. Write its text, or compose the draft again.</source>
        <translation>反馈意见为空。请填写正文，或重新生成草稿。</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. Save the letter&apos;s text as UTF-8 and try again.</source>
        <translation>{path} 不是 UTF-8 文本。请将反馈意见正文另存为 UTF-8 编码后重试。</translation>
    </message>
    <message>
        <source>{applicant} is not among the locked results, so it has no feedback letter.</source>
        <translation>{applicant} 不在锁定的结果中，没有反馈意见。</translation>
    </message>
    <message>
        <source>{title} is an expert&apos;s scoring kit, not the secretariat&apos;s campaign. Make the acceptance review from the selection campaign itself.</source>
        <translation>“{title}”是专家评分包，不是工作组的评审批次。请从遴选评审批次本身建立验收评审。</translation>
    </message>
    <message>
        <source>{title} is itself a review of pilots already approved, not a selection. Make the acceptance review from the selection campaign that approved the pilots.</source>
        <translation>“{title}”本身是对已批准试点的评审，不是遴选评审。请从批准这些试点的遴选评审批次建立验收评审。</translation>
    </message>
    <message>
        <source>The results of {title} are not locked, so no pilot is approved yet. Lock the results and commit the decisions first.</source>
        <translation>“{title}”的评审结果尚未锁定，尚无批准的试点。请先锁定结果并提交决定。</translation>
    </message>
    <message>
        <source>The decisions of {title} are not committed on its locked results ({count} {count:decision|decisions} to commit). Commit the decisions first.</source>
        <translation>“{title}”的决定尚未按已锁定的结果提交（有 {count} 项决定待提交）。请先提交决定。</translation>
    </message>
    <message>
        <source>{title} approved no pilot, so there is no pilot to review.</source>
        <translation>“{title}”未批准任何试点，没有可评审的试点。</translation>
    </message>
    <message>
        <source>The approval letter&apos;s number “{number}” cannot be recorded: give it as the registry wrote it, such as 陕工信发〔2014〕101号, in at most {limit} characters.</source>
        <translation>无法登记批复文号“{number}”：请按发文登记填写，如 陕工信发〔2014〕101号，不超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>“{applicant}” is not one of this review&apos;s pilots. The pilots: {pilots}.</source>
        <translation>“{applicant}”不是本次评审的试点单位。试点单位：{pilots}。</translation>
    </message>
    <message>
        <source>{path}: {title} is not an acceptance review or mid-term evaluation.</source>
        <translation>{path}：“{title}”不是验收评审或中期评估。</translation>
    </message>
    <message>
        <source>{path}: {title} is an expert&apos;s scoring kit, not a later review&apos;s campaign.</source>
        <translation>{path}：“{title}”是专家评分包，不是后续评审的评审批次。</translation>
    </message>
    <message>
        <source>{path}: {title} reviews the pilots of {source}, not of this selection.</source>
        <translation>{path}：“{title}”评审的是“{source}”批准的试点，不是本次遴选的试点。</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Edit expert</source>
        <translation>编辑专家</translation>
    </message>
    <message>
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <source>Panel leader (replaces the current one)</source>
        <translation>专家组组长（替换现任组长）</translation>
    </message>
    <message>
        <source>Reserve expert (not assigned; proposed where a panel falls short)</source>
        <translation>备选专家（不参加分配；评审专家组人数不足时建议补入）</translation>
    </message>
    <message>
        <source>details, e.g. since when</source>
        <translation>具体情况，如起始时间</translation>
    </message>
    <message>
        <source>Add Tie</source>
        <translation>添加关联</translation>
    </message>
    <message>
        <source>Remove Tie</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Affiliation:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职称：</translation>
    </message>
    <message>
        <source>Expertise:</source>
        <translation>专业领域：</translation>
    </message>
    <message>
        <source>Ties to applicants:</source>
        <translation>与申报单位的关联：</translation>
    </message>
</context>
<context>
    <name>ExpertView</name>
    <message>
        <source>Read and accept the review commitment to start scoring (Review Commitment…).</source>
        <translation>请阅读并接受评审承诺后开始评分（“评审承诺…”）。</translation>
    </message>
    <message>
        <source>Declare a Conflict…</source>
        <translation>申报回避…</translation>
    </message>
    <message>
        <source>Review Commitment…</source>
        <translation>评审承诺…</translation>
    </message>
    <message>
        <source>Next Application</source>
        <translation>下一个项目</translation>
    </message>
    <message>
        <source>Submit Scores…</source>
        <translation>提交评分…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>{campaign} — scoring kit of {name} ({code}), round {round}</source>
        <translation>{campaign} — {name}（{code}）第 {round} 轮评分包</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Commitment Accepted</source>
        <translation>已确认评审承诺</translation>
    </message>
    <message>
        <source>Recused: {reason}</source>
        <translation>已回避：{reason}</translation>
    </message>
    <message>
        <source>This package has no implementation plan.</source>
        <translation>该申报材料中没有实施方案。</translation>
    </message>
    <message>
        <source>Total: {total} of {max} points ({scored} of {count} criteria)</source>
        <translation>合计：{total} 分（满分 {max} 分；已评 {scored} / {count} 项）</translation>
    </message>
    <message>
        <source>Your score in round {round}: {points}</source>
        <translation>您第 {round} 轮的评分：{points}</translation>
    </message>
</context>
<context>
    <name>ExpertsTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Ties and recusals</source>
        <translation>利害关系与回避</translation>
    </message>
    <message>
        <source>Done / assigned</source>
        <translation>已完成 / 分配</translation>
    </message>
    <message>
        <source>Panel leader</source>
        <translation>专家组组长</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>备选专家</translation>
    </message>
    <message>
        <source>{n} {n:recusal|recusals}</source>
        <translation>回避 {n} 项</translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <source>Search name, affiliation, expertise…</source>
        <translation>搜索姓名、单位、专业领域…</translation>
    </message>
    <message>
        <source>An expert never scores an application they are tied to (recusal).</source>
        <translation>专家不对与其存在利害关系的申报项目评分（回避）。</translation>
    </message>
    <message>
        <source>Add Expert…</source>
        <translation>添加专家…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import List…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>List Template…</source>
        <translation>名单模板…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配任务…</translation>
    </message>
    <message>
        <source>Issue Kit…</source>
        <translation>生成评分包…</translation>
    </message>
    <message>
        <source>Panel Rule…</source>
        <translation>专家组规则…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>评审承诺</translation>
    </message>
    <message>
        <source>Review Commitment Text…</source>
        <translation>评审承诺文本…</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet and Commitments…</source>
        <translation>打印签到表和评审承诺书…</translation>
    </message>
    <message>
        <source>Record a Signed Commitment…</source>
        <translation>登记书面承诺签字…</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>Enter an expert&apos;s written explanation</source>
        <translation>录入专家书面说明</translation>
    </message>
    <message>
        <source>{applicant}: enter the explanation the expert wrote and signed for scores flagged as deviating from the panel&apos;s (87号令 §45), as written.</source>
        <translation>{applicant}：按原文录入专家对偏离专家组评分的评分所作并签名的书面说明（87号令第四十五条）。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Panel&apos;s</source>
        <translation>其他专家平均</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>专家：</translation>
    </message>
    <message>
        <source>Written on:</source>
        <translation>书写日期：</translation>
    </message>
    <message>
        <source>The expert&apos;s explanation:</source>
        <translation>专家书面说明：</translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Cannot show the feedback letters</source>
        <translation>无法显示反馈意见</translation>
    </message>
    <message>
        <source>Cannot save the feedback letter</source>
        <translation>无法保存反馈意见</translation>
    </message>
    <message>
        <source>Saved the feedback letter.</source>
        <translation>已保存反馈意见。</translation>
    </message>
    <message>
        <source>Print the feedback letter</source>
        <translation>打印反馈意见</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot print the feedback letter</source>
        <translation>无法打印反馈意见</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>已输出至 {path}。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback letters to applicants</source>
        <translation>给申报单位的反馈意见</translation>
    </message>
    <message>
        <source>Compose the draft again</source>
        <translation>重新生成草稿</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>打印 PDF…</translation>
    </message>
    <message>
        <source>Drafted from the panel&apos;s condition figures and the experts&apos; comments: no expert is named and no expert&apos;s own points are given. Read and edit the text before it is sent.</source>
        <translation>草稿依据专家组各项条件得分和专家评分意见生成，不出现专家姓名，也不出现单个专家的评分。发出前请审阅并修改正文。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>saved on earlier results</source>
        <translation>基于此前锁定结果保存</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>已修改，尚未保存。</translation>
    </message>
    <message>
        <source>Saved on results locked before the current lock: check it again.</source>
        <translation>系基于本次锁定之前的结果保存，请重新核对。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The app&apos;s draft, not saved yet.</source>
        <translation>程序生成的草稿，尚未保存。</translation>
    </message>
    <message>
        <source>Discard the edit?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The letter shown has changes not saved. Discard them?</source>
        <translation>当前反馈意见有尚未保存的修改。是否放弃？</translation>
    </message>
    <message>
        <source>The letter was edited. Compose the draft again and discard the edit? What was saved stays saved until you save again.</source>
        <translation>该反馈意见已被修改。是否重新生成草稿并放弃修改？已保存的文本在再次保存前保持不变。</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>{file} has PostScript (CFF) outlines, which cannot be embedded in a PDF; a TrueType face (.ttf) of the same family can.</source>
        <translation>{file} 为 PostScript（CFF）轮廓字体，无法嵌入 PDF；请改用同一字体的 TrueType 版本（.ttf）。</translation>
    </message>
    <message>
        <source>{file} has no TrueType outlines to embed.</source>
        <translation>{file} 不含可嵌入的 TrueType 轮廓。</translation>
    </message>
    <message>
        <source>{file} is not a font file that can be read.</source>
        <translation>{file} 不是可读取的字体文件。</translation>
    </message>
    <message>
        <source>Title (小标宋)</source>
        <translation>标题（小标宋）</translation>
    </message>
    <message>
        <source>Body text (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>Headings 一、 (黑体)</source>
        <translation>一级标题“一、”（黑体）</translation>
    </message>
    <message>
        <source>Headings （一） (楷体)</source>
        <translation>二级标题“（一）”（楷体）</translation>
    </message>
    <message>
        <source>Tables (仿宋)</source>
        <translation>表格（仿宋）</translation>
    </message>
    <message>
        <source>Page numbers (宋体)</source>
        <translation>页码（宋体）</translation>
    </message>
</context>
<context>
    <name>GatesDialog</name>
    <message>
        <source>Eligibility conditions</source>
        <translation>资格条件</translation>
    </message>
    <message>
        <source>A package that fails a ticked check is ineligible, citing the call&apos;s clause; one that fails any other check, or leaves a required cell empty, is incomplete. Changing this judges every package again; a status set by hand with a reason stays.</source>
        <translation>勾选的审查项不通过的，判定为不符合资格条件，并注明《指导意见》的相应条款；其他审查项不通过或必填项未填写的，判定为材料不全。修改后将重新审查全部申报材料；已由人工注明理由设定的状态保持不变。</translation>
    </message>
    <message>
        <source>The Call&apos;s Reading</source>
        <translation>恢复指导意见规定</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Some files are not later reviews of this selection</source>
        <translation>部分文件不是本次遴选的后续评审</translation>
    </message>
    <message>
        <source>Acceptance and mid-term reviews of this selection&apos;s pilots</source>
        <translation>本次遴选所批试点的验收和中期评估</translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix});;All files (*)</source>
        <translation>Reviewer 评审批次 (*{suffix});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported, unchanged</source>
        <translation>此前已导入，无变化</translation>
    </message>
    <message>
        <source>Replaced the earlier package</source>
        <translation>已替换此前的材料</translation>
    </message>
    <message>
        <source>Held back: differs from the earlier package</source>
        <translation>暂未导入：与此前导入的材料不同</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未受理</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>No package was found.</source>
        <translation>未找到申报材料。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理意见：</translation>
    </message>
    <message>
        <source>Files found:</source>
        <translation>识别到的文件：</translation>
    </message>
    <message>
        <source>Passed over:</source>
        <translation>已跳过：</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Package</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>{note} (+{more})</source>
        <translation>{note}（另 {more} 条）</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>score file</source>
        <translation>评分文件</translation>
    </message>
    <message>
        <source>expert list</source>
        <translation>专家名单</translation>
    </message>
    <message>
        <source>applicant list</source>
        <translation>申报单位名单</translation>
    </message>
    <message>
        <source>rubric workbook</source>
        <translation>评分细则工作簿</translation>
    </message>
    <message>
        <source>application form</source>
        <translation>申报书</translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>application package (a folder or a zip file)</source>
        <translation>申报材料（文件夹或 zip 文件）</translation>
    </message>
    <message>
        <source>file of an application package</source>
        <translation>申报材料文件</translation>
    </message>
    <message>
        <source>campaign file</source>
        <translation>评审批次文件</translation>
    </message>
    <message>
        <source>commitment text file</source>
        <translation>评审承诺文本文件</translation>
    </message>
    <message>
        <source>feedback letter text file</source>
        <translation>反馈意见文本文件</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>链接（快捷方式）</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>all parts</source>
        <translation>全部内容</translation>
    </message>
    <message>
        <source>font file</source>
        <translation>字体文件</translation>
    </message>
    <message>
        <source>document written by Reviewer</source>
        <translation>Reviewer 生成的文书</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>档案</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：单元格中是公式。请直接填写内容后重新报送。</translation>
    </message>
    <message>
        <source>{file} links to other workbooks. Save the form without external links (type the values themselves) and hand it in again.</source>
        <translation>{file} 链接了其他工作簿。请去掉外部链接（直接填写内容）后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. Fill it in and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：此项为必填项，尚未填写。请填写后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, more than the {limit} allowed. Shorten it and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：内容共 {length} 字，超过 {limit} 字的限制。请精简后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a number. Type the number in digits, without units, and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是数字。请用阿拉伯数字填写（不带单位）后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): {value} is not more than 0. Type the amount in 10,000 yuan and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：{value} 不大于 0。请以万元为单位填写金额后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): {value} is not a whole number from 0 to 100. Type the percentage as a whole number and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：{value} 不是 0 到 100 之间的整数。请以整数填写百分比后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a date. Type the date as 2014-07-18 and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是日期。请按 2014-07-18 的格式填写后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices ({choices}). Choose one from the cell&apos;s drop-down list and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不在可选范围内（{choices}）。请从该单元格的下拉列表中选择后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is already given in cell {other}. Choose a different one and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”与单元格 {other} 重复。请改选其他内容后重新报送。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the applicant has not given the declaration. Choose “{statement}” in the cell&apos;s drop-down list and hand the form in again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：申报单位未作承诺。请在该单元格下拉列表中选择“{statement}”后重新报送。</translation>
    </message>
    <message>
        <source>{file} is not the application form Reviewer produced, or its hidden form data was changed. Ask the applicant to fill in the official template and hand it in again.</source>
        <translation>{file} 不是 Reviewer 生成的申报书，或其隐藏的表单信息已被改动。请申报单位使用正式模板填写后重新报送。</translation>
    </message>
    <message>
        <source>{file} was made from a newer version of the application form (version {version}). Install the newer version of Reviewer to read it.</source>
        <translation>{file} 使用了更新版本的申报书模板（第 {version} 版）。请安装新版 Reviewer 后再读取。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({detail}). Ask the applicant for the filled-in form as the .xlsx file made from the official template.</source>
        <translation>{file} 无法作为 Excel 工作簿读取（{detail}）。请申报单位提供用正式模板填写的 .xlsx 申报书。</translation>
    </message>
    <message>
        <source>{package}: {problem}</source>
        <translation>{package}：{problem}</translation>
    </message>
    <message>
        <source>The package holds no files.</source>
        <translation>申报材料中没有文件。</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a file may have. Ask the applicant for a smaller copy (compress the scanned pages, or split the plan).</source>
        <translation>{file} 大小为 {size} MB，超过单个文件 {limit} MB 的上限。请申报单位提供较小的文件（压缩扫描页面，或拆分实施方案）。</translation>
    </message>
    <message>
        <source>{file}: the name says {expected}, but the content is not; it is kept as an attachment.</source>
        <translation>{file}：文件名表明是 {expected} 文件，但内容不是；已作为附件保存。</translation>
    </message>
    <message>
        <source>It holds {count} application forms ({names}); keep one.</source>
        <translation>包含 {count} 份申报书（{names}），请只保留一份。</translation>
    </message>
    <message>
        <source>A file of the package could not be read ({detail}). Check that the disk or USB stick is connected and import the package again.</source>
        <translation>申报材料中有文件无法读取（{detail}）。请检查磁盘或U盘是否已连接，然后重新导入。</translation>
    </message>
    <message>
        <source>A file in the zip is damaged ({detail}). Copy the zip again from the USB stick, or ask the applicant to re-create it, and import it again.</source>
        <translation>压缩包中的文件已损坏（{detail}）。请从U盘重新复制该压缩包，或请申报单位重新制作，然后再次导入。</translation>
    </message>
    <message>
        <source>The form names “{applicant}”, which is not an applicant of this campaign. Register it under Applicants (or import with --register-applicants), or correct the name on the form.</source>
        <translation>申报书所填单位“{applicant}”不是本评审批次的申报单位。请先在“申报单位”中登记（或导入时使用 --register-applicants），或更正申报书上的名称。</translation>
    </message>
    <message>
        <source>No filled-in application form (申报书) was found and the folder or zip name names no registered applicant. Add the application form made from Reviewer&apos;s template to the package and import it again.</source>
        <translation>未找到已填写的申报书，文件夹或压缩包名称中也没有已登记的申报单位。请将用 Reviewer 模板填写的申报书放入材料中后重新导入。</translation>
    </message>
    <message>
        <source>This batch holds two packages for {applicant} in this track: {other} and this one. Keep the right one and import it again.</source>
        <translation>本批次中 {applicant} 在该类别下有两份申报材料：{other} 和本份。请保留正确的一份后重新导入。</translation>
    </message>
    <message>
        <source>No application package was found in {path}.</source>
        <translation>在 {path} 中未找到申报材料。</translation>
    </message>
    <message>
        <source>Checking {package}</source>
        <translation>正在审查 {package}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Give a reason: every change of status is recorded with why.</source>
        <translation>请填写理由：每次状态变更都会连同理由一并记录。</translation>
    </message>
    <message>
        <source>“{check}” is not a check that can be a gate. The checks are: {checks}.</source>
        <translation>“{check}”不是可设为资格条件的审查项。可选审查项为：{checks}。</translation>
    </message>
    <message>
        <source>“{applicant}” is not one of the pilots this {review} reviews (the pilots {source} approved). Correct the name on the form, or import the package into the campaign it belongs to.</source>
        <translation>“{applicant}”不是本次{review}的试点单位（本次评审的试点为“{source}”批准的试点）。请更正表中的单位名称，或将材料导入其所属的评审批次。</translation>
    </message>
    <message>
        <source>The form is the {found} form, but this campaign is a {review}. Ask for the form of this review (Save the Form Template, or reviewer template) and import it again.</source>
        <translation>该表格为{found}表格，而本评审批次为{review}。请使用本次评审的表格（“保存申报书模板”或 reviewer template）后重新导入。</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <source>Copying the packages into the kit…</source>
        <translation>正在将申报材料复制到评分包……</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>City pilot</source>
        <translation>市级区域试点</translation>
    </message>
    <message>
        <source>Department pilot</source>
        <translation>省级部门试点</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申报书</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Leading-group document</source>
        <translation>领导小组成立文件</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Self-evaluation report</source>
        <translation>自评价报告</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>遴选</translation>
    </message>
    <message>
        <source>Acceptance review</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>中期评估</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Works or worked for it</source>
        <translation>现在或曾在该单位任职</translation>
    </message>
    <message>
        <source>Sits or sat on its board</source>
        <translation>现在或曾任其董事、监事</translation>
    </message>
    <message>
        <source>Controls it</source>
        <translation>对其有控制关系</translation>
    </message>
    <message>
        <source>Relative of its legal representative</source>
        <translation>与其法定代表人有亲属关系</translation>
    </message>
    <message>
        <source>Other tie</source>
        <translation>其他利害关系</translation>
    </message>
    <message>
        <source>Known tie</source>
        <translation>已知利害关系</translation>
    </message>
    <message>
        <source>Declared by the expert</source>
        <translation>专家本人申报</translation>
    </message>
    <message>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation>去掉一个最高分和一个最低分后取平均</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>算术平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rectify, then re-accept</source>
        <translation>整改后复验</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>One star</source>
        <translation>一星</translation>
    </message>
    <message>
        <source>Two stars</source>
        <translation>二星</translation>
    </message>
    <message>
        <source>Three stars</source>
        <translation>三星</translation>
    </message>
    <message>
        <source>{amount.millions} million yuan</source>
        <translation>{amount} 万元</translation>
    </message>
</context>
<context>
    <name>LaterReviewDialog</name>
    <message>
        <source>New acceptance review</source>
        <translation>新建验收评审</translation>
    </message>
    <message>
        <source>The selection campaign whose pilots to review</source>
        <translation>所评试点所在的遴选评审批次</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>The new campaign holds exactly the pilots the selection approved, with their approved plans, and its experts. The selection&apos;s results must be locked and its decisions committed.</source>
        <translation>新评审批次只包含遴选批准的试点及其批复的实施方案，并沿用遴选的专家。遴选批次须已锁定结果并提交决定。</translation>
    </message>
    <message>
        <source>Selection campaign:</source>
        <translation>遴选评审批次：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>评审类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Submission deadline:</source>
        <translation>申报截止日期：</translation>
    </message>
    <message>
        <source>Campaign file:</source>
        <translation>评审批次文件：</translation>
    </message>
    <message>
        <source>Smart-city pilot mid-term evaluation</source>
        <translation>智慧城市试点中期评估</translation>
    </message>
    <message>
        <source>Smart-city pilot acceptance review</source>
        <translation>智慧城市试点验收</translation>
    </message>
    <message>
        <source>Selection campaign</source>
        <translation>遴选评审批次</translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix})</source>
        <translation>Reviewer 评审批次 (*{suffix})</translation>
    </message>
</context>
<context>
    <name>LockRefusedDialog</name>
    <message>
        <source>The results cannot be locked yet</source>
        <translation>结果暂不能锁定</translation>
    </message>
    <message>
        <source>These scores are flagged as deviating from the panel&apos;s and are neither re-checked in a re-score round nor explained in writing by the expert (87号令 §45). Enter the experts&apos; written explanations, or open a re-score round. A panel too small or even (87号令 §47) is listed too: add the proposed reserve on the Experts tab. Or, if the panel leader allows it, lock anyway with the leader&apos;s reason: it is kept with the lock and in the audit log.</source>
        <translation>以下评分被标记为偏离其他专家的评分，且既未在复评轮次中复核，也无专家的书面说明（87号令第四十五条）。请录入专家的书面说明，或开启复评轮次。人数不足或为双数的评审专家组（87号令第四十七条）也一并列出：请在“专家”页补入建议的备选专家。如评审组长同意，也可填写组长的理由后仍然锁定：理由将随锁定记录和审计日志一并保存。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Panel&apos;s</source>
        <translation>其他专家平均</translation>
    </message>
    <message>
        <source>A panel of {size}</source>
        <translation>评审专家组 {size} 名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>The panel leader&apos;s reason to lock over these items</source>
        <translation>评审组长同意在上述事项未处理时锁定的理由</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>仍然锁定</translation>
    </message>
    <message>
        <source>Panel leader&apos;s reason:</source>
        <translation>评审组长的理由：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>新建评审批次(&amp;N)…</translation>
    </message>
    <message>
        <source>New Acc&amp;eptance Review…</source>
        <translation>新建验收评审(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign</source>
        <translation>关闭评审批次(&amp;L)</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import Packages from a Folder…</source>
        <translation>从文件夹导入申报材料(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Packages from &amp;Zip Files…</source>
        <translation>从 zip 文件导入申报材料(&amp;Z)…</translation>
    </message>
    <message>
        <source>Save the Application Form &amp;Template…</source>
        <translation>保存申报书模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;Score Files…</source>
        <translation>导入评分文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Campaign</source>
        <translation>打开演示评审批次(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Reviewer</source>
        <translation>关于 Reviewer(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Open the Demo Acceptance &amp;Review</source>
        <translation>打开演示验收评审(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation>评审批次正在使用中</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>无法打开评审批次</translation>
    </message>
    <message>
        <source>You may not write to this file, so it is open read-only.</source>
        <translation>您没有该文件的写入权限，已以只读方式打开。</translation>
    </message>
    <message>
        <source>scoring kit</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>Cannot record the conflicts</source>
        <translation>无法记录回避申报</translation>
    </message>
    <message>
        <source>Cannot record the commitment</source>
        <translation>无法记录评审承诺</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>申报回避</translation>
    </message>
    <message>
        <source>Why may you not score this application? (worked for the applicant in the last three years, sat on its board, family ties, or any other tie)</source>
        <translation>请说明回避理由（如近三年在该单位任职、担任其董事或监事、存在亲属关系或其他利害关系）：</translation>
    </message>
    <message>
        <source>Cannot record the conflict</source>
        <translation>无法记录回避申报</translation>
    </message>
    <message>
        <source>Submit: choose where to save the score file and the score sheet</source>
        <translation>提交评分：请选择评分文件和专家评分表的保存位置</translation>
    </message>
    <message>
        <source>Cannot submit the scores</source>
        <translation>无法提交评分</translation>
    </message>
    <message>
        <source>Scores submitted</source>
        <translation>评分已提交</translation>
    </message>
    <message>
        <source>Hand the score file to the secretariat, and print, sign and hand in the score sheet:

{file}
{sheet}

Fingerprint: {fingerprint}</source>
        <translation>请将评分文件交给工作组，并打印专家评分表、签字后上交：

{file}
{sheet}

文件指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Cannot read the campaign</source>
        <translation>无法读取评审批次</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Preparing the demo campaign</source>
        <translation>正在准备演示评审批次</translation>
    </message>
    <message>
        <source>Cannot write the demo campaign</source>
        <translation>无法写入演示评审批次</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with a new, empty campaign?</source>
        <translation>{path} 已存在。是否用一个新的空评审批次替换它？</translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation>无法创建评审批次</translation>
    </message>
    <message>
        <source>Cannot create the acceptance review</source>
        <translation>无法建立验收评审</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>打开评审批次</translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix});;All files (*)</source>
        <translation>Reviewer 评审批次 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a campaign database</source>
        <translation>打开评审批次数据库</translation>
    </message>
    <message>
        <source>The campaign&apos;s database on the server, as postgresql://user@server/database (the password is best kept in the server&apos;s password file, ~/.pgpass):</source>
        <translation>服务器上评审批次的数据库，格式为 postgresql://用户@服务器/数据库（密码最好保存在服务器密码文件 ~/.pgpass 中）：</translation>
    </message>
    <message>
        <source>No recent campaigns</source>
        <translation>没有最近打开的评审批次</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>Save a copy of the campaign</source>
        <translation>另存评审批次副本</translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix})</source>
        <translation>Reviewer 评审批次 (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>已将副本保存到 {path}</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The campaign as it was: {kept}</source>
        <translation>已恢复 {when} 的备份。恢复前的评审批次：{kept}</translation>
    </message>
    <message>
        <source>Preparing the demo acceptance review</source>
        <translation>正在准备演示验收评审</translation>
    </message>
    <message>
        <source>About Reviewer</source>
        <translation>关于 Reviewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reviewer {version}&lt;/h3&gt;&lt;p&gt;Offline expert review of smart-city pilot applications: intake, scoring, merging, decisions and official documents.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reviewer {version}&lt;/h3&gt;&lt;p&gt;离线的智慧城市试点申报专家评审工具：材料接收、专家评分、汇总、决定和公文输出。&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot change the conditions</source>
        <translation>无法修改资格条件</translation>
    </message>
    <message>
        <source>Eligibility conditions saved; statuses changed: {count}</source>
        <translation>资格条件已保存，状态发生变化的申报：{count} 项</translation>
    </message>
    <message>
        <source>Import packages: choose a package folder or a folder of packages</source>
        <translation>导入申报材料：选择一份申报材料的文件夹，或包含多份申报材料的文件夹</translation>
    </message>
    <message>
        <source>Import packages from zip files</source>
        <translation>从 zip 文件导入申报材料</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>zip 文件 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>正在导入申报材料</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Register new applicants?</source>
        <translation>登记新的申报单位？</translation>
    </message>
    <message>
        <source>These packages name applicants the campaign does not know yet:
{names}

Register them as the forms name them and import these packages?</source>
        <translation>以下申报材料所填的申报单位尚未在本评审批次登记：
{names}

是否按申报书所填名称登记这些单位并导入其申报材料？</translation>
    </message>
    <message>
        <source>Replace earlier packages?</source>
        <translation>替换此前的申报材料？</translation>
    </message>
    <message>
        <source>These applications were taken in before from other files:
{names}

Replace them with the new packages? The earlier files stay in the history.</source>
        <translation>以下申报项目此前已从其他文件导入：
{names}

是否用新材料替换？此前的文件会保留在历史记录中。</translation>
    </message>
    <message>
        <source>Import the experts&apos; score files</source>
        <translation>导入专家评分文件</translation>
    </message>
    <message>
        <source>Score files (*.json);;All files (*)</source>
        <translation>评分文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing score files</source>
        <translation>正在导入评分文件</translation>
    </message>
    <message>
        <source>Imported: {imported}. Unchanged: {unchanged}. Refused: {refused}.</source>
        <translation>已导入：{imported} 个。未变化：{unchanged} 个。被拒绝：{refused} 个。</translation>
    </message>
    <message>
        <source>… and {more} more (see the details).</source>
        <translation>……另有 {more} 个（见详细信息）。</translation>
    </message>
    <message>
        <source>Returned: {returned}. Missing: {missing}.</source>
        <translation>已交回：{returned}。未交回：{missing}。</translation>
    </message>
    <message>
        <source>Score files</source>
        <translation>评分文件</translation>
    </message>
    <message>
        <source>{codes} and {more} more</source>
        <translation>{codes} 等，另有 {more} 位</translation>
    </message>
    <message>
        <source>{file}: {scores} scores of {expert} taken in (file number {sequence}).</source>
        <translation>{file}：已导入 {expert} 的 {scores} 个评分（第 {sequence} 号文件）。</translation>
    </message>
    <message>
        <source>Application form template</source>
        <translation>申报书模板</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>application-form-{track}.xlsx</source>
        <translation>陕西省智慧城市试点申报书-{track}.xlsx</translation>
    </message>
    <message>
        <source>{review}-form-{track}.xlsx</source>
        <translation>{review}申请表-{track}.xlsx</translation>
    </message>
    <message>
        <source>Save the application form template</source>
        <translation>保存申报书模板</translation>
    </message>
    <message>
        <source>kit-{code}-{name}</source>
        <translation>评分包-{code}-{name}</translation>
    </message>
    <message>
        <source>Issued the kit of {name} with {n} {n:application|applications} to {path}</source>
        <translation>已生成 {name} 的评分包（{n} 个申报项目）：{path}</translation>
    </message>
    <message>
        <source>Issuing the kit of {name}</source>
        <translation>正在发放{name}的评分包</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Saved the template to {path}</source>
        <translation>已将模板保存到 {path}</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot set the status</source>
        <translation>无法设置状态</translation>
    </message>
    <message>
        <source>Cannot save the applicant</source>
        <translation>无法保存申报单位</translation>
    </message>
    <message>
        <source>Cannot save the expert</source>
        <translation>无法保存专家信息</translation>
    </message>
    <message>
        <source>Import the expert list</source>
        <translation>导入专家名单</translation>
    </message>
    <message>
        <source>Cannot import the expert list</source>
        <translation>无法导入专家名单</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
    <message>
        <source>The expert list was not imported</source>
        <translation>专家名单未导入</translation>
    </message>
    <message>
        <source>Correct these and import the list again; nothing was changed:

</source>
        <translation>请更正以下问题后重新导入，本次未作任何改动：

</translation>
    </message>
    <message>
        <source>Experts added: {added}, updated: {updated}, unchanged: {same}</source>
        <translation>新增专家 {added} 位，更新 {updated} 位，无变化 {same} 位</translation>
    </message>
    <message>
        <source>; ties kept pending until their applicant is registered: {n}</source>
        <translation>；待申报单位登记后生效的关联关系：{n} 条</translation>
    </message>
    <message>
        <source>Cannot assign the panel</source>
        <translation>无法分配评审任务</translation>
    </message>
    <message>
        <source>{assignments} {assignments:assignment|assignments} over {applications} {applications:application|applications}; {conflicts} {conflicts:conflict|conflicts} of interest excluded.</source>
        <translation>共为 {applications} 个申报项目分配 {assignments} 项评审任务；已排除 {conflicts} 项回避。</translation>
    </message>
    <message>
        <source>Reserve experts added to {n} {n:panel|panels}.</source>
        <translation>已为 {n} 个评审专家组补入备选专家。</translation>
    </message>
    <message>
        <source>Cannot add the reserve</source>
        <translation>无法补入备选专家</translation>
    </message>
    <message>
        <source>Issue a scoring kit</source>
        <translation>生成评分包</translation>
    </message>
    <message>
        <source>Cannot issue the kit</source>
        <translation>无法生成评分包</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log.xlsx</source>
        <translation>审计日志.xlsx</translation>
    </message>
    <message>
        <source>Cannot save the audit log</source>
        <translation>无法保存审计日志</translation>
    </message>
    <message>
        <source>Saved the audit log to {path}</source>
        <translation>审计日志已保存到 {path}</translation>
    </message>
    <message>
        <source>expert-list.xlsx</source>
        <translation>评审专家名单.xlsx</translation>
    </message>
    <message>
        <source>Save the expert list template</source>
        <translation>保存专家名单模板</translation>
    </message>
</context>
<context>
    <name>NamedItemForm</name>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建评审批次</translation>
    </message>
    <message>
        <source>Smart-city pilot review</source>
        <translation>智慧城市试点评审</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>Call reference:</source>
        <translation>通知文号：</translation>
    </message>
    <message>
        <source>Submission deadline:</source>
        <translation>申报截止日期：</translation>
    </message>
    <message>
        <source>Pilot period:</source>
        <translation>试点期：</translation>
    </message>
    <message>
        <source>Campaign file:</source>
        <translation>评审批次文件：</translation>
    </message>
    <message>
        <source>New campaign file</source>
        <translation>新评审批次文件</translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix})</source>
        <translation>Reviewer 评审批次 (*{suffix})</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>The pilot list is written after the public notice: start the public notice and let its term run.</source>
        <translation>试点名单须在公示期满后印发：请先开始公示，待公示期届满。</translation>
    </message>
    <message>
        <source>The public notice runs until {end}: the pilot list can be written from {first}.</source>
        <translation>公示期至 {end} 止：自 {first} 起方可生成试点名单。</translation>
    </message>
    <message>
        <source>Objections still open: {count} ({which}). The pilot list can be written once they are closed.</source>
        <translation>尚有 {count} 件异议未办结（{which}）：全部办结后方可生成试点名单。</translation>
    </message>
    <message>
        <source>The holidays of {years} are not known to this version of Reviewer: working days in that year were counted Monday to Friday.</source>
        <translation>本版本 Reviewer 尚无 {years} 年的法定节假日安排：该年工作日按周一至周五计算。</translation>
    </message>
    <message>
        <source>who objects</source>
        <translation>异议人</translation>
    </message>
    <message>
        <source>the objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>the reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>the reasons for the outcome</source>
        <translation>处理结果的理由</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>Cannot save the public notice</source>
        <translation>无法保存公示信息</translation>
    </message>
    <message>
        <source>Saved the public notice.</source>
        <translation>已保存公示信息。</translation>
    </message>
    <message>
        <source>Cannot record the objection</source>
        <translation>无法登记异议</translation>
    </message>
    <message>
        <source>Cannot record the reply</source>
        <translation>无法登记答复</translation>
    </message>
    <message>
        <source>Cannot close the objection</source>
        <translation>无法办结异议</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Public notice and objections</source>
        <translation>公示与异议</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>已发布公示，发布日期</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> working days after receipt</source>
        <translation> 个工作日（自收到次日起算）</translation>
    </message>
    <message>
        <source>Applies to objections recorded from now on; the deadline of one already recorded stays as it was set.</source>
        <translation>仅适用于此后登记的异议；已登记异议的答复期限保持登记时的设定。</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存公示信息</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>公示期：</translation>
    </message>
    <message>
        <source>Reply to an objection within:</source>
        <translation>异议答复期限：</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Pilot list:</source>
        <translation>试点名单：</translation>
    </message>
    <message>
        <source>Public notice (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>All objections</source>
        <translation>全部异议</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Add objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffd6d6&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;b&gt;bold: open&lt;/b&gt; · &lt;span style=&apos;color:#7a7a7a&apos;&gt;grey: closed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#ffd6d6&apos;&gt;&amp;nbsp;逾期未答复&amp;nbsp;&lt;/span&gt; &lt;b&gt;粗体：办理中&lt;/b&gt; · &lt;span style=&apos;color:#7a7a7a&apos;&gt;灰色：已办结&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Objections (异议)</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>尚未公示。</translation>
    </message>
    <message>
        <source>{end} (the working days: {days})</source>
        <translation>{end}（公示工作日：{days}）</translation>
    </message>
    <message>
        <source>The notice ran its term and no objection is open: the pilot list can be written (from {first}).</source>
        <translation>公示期已满且无未办结异议：可生成试点名单（自 {first} 起）。</translation>
    </message>
    <message>
        <source>Objection: {text}</source>
        <translation>异议内容：{text}</translation>
    </message>
    <message>
        <source>Reply of {day}: {text}</source>
        <translation>{day} 答复：{text}</translation>
    </message>
    <message>
        <source>Reasons: {text}</source>
        <translation>理由：{text}</translation>
    </message>
    <message>
        <source>Closed: it can no longer be changed.</source>
        <translation>已办结，不可再修改。</translation>
    </message>
</context>
<context>
    <name>ObjectionModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>异议人</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Overdue: the reply was due on {due} and none is recorded.</source>
        <translation>已逾期：应于 {due} 前答复，尚无答复记录。</translation>
    </message>
</context>
<context>
    <name>OutcomeActions</name>
    <message>
        <source>Cannot save the outcome bands</source>
        <translation>无法保存验收结论分档</translation>
    </message>
    <message>
        <source>Cannot open the re-acceptance round</source>
        <translation>无法开展复验</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{n} {n:application|applications} arrived after the deadline: decide whether to admit them.</source>
        <translation>{n} 个申报项目逾期报送，请决定是否受理。</translation>
    </message>
    <message>
        <source>{n} {n:application is|applications are} incomplete: ask the applicants for the missing items.</source>
        <translation>{n} 个申报项目材料不全，请通知申报单位补充。</translation>
    </message>
    <message>
        <source>{n} {n:pilot has|pilots have} not handed in the package for this review yet.</source>
        <translation>{n} 个试点尚未报送本次评审的材料。</translation>
    </message>
    <message>
        <source>{n} {n:application has|applications have} not been checked yet.</source>
        <translation>{n} 个申报项目尚未进行形式审查。</translation>
    </message>
    <message>
        <source>{n} {n:expert has|experts have} not finished scoring round {round}.</source>
        <translation>{n} 位专家尚未完成第 {round} 轮评分。</translation>
    </message>
    <message>
        <source>{n} {n:conflict of interest is|conflicts of interest are} recorded; those experts are recused.</source>
        <translation>已登记 {n} 项回避事项，相关专家不参与对应项目评分。</translation>
    </message>
    <message>
        <source>No experts yet: add the expert panel.</source>
        <translation>尚无评审专家，请添加专家组成员。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Scoring by expert</source>
        <translation>专家评分进度</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Review type: {kind}</source>
        <translation>评审类型：{kind}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>截止日期：{date}</translation>
    </message>
    <message>
        <source>Pilot period: {months} months</source>
        <translation>试点期：{months} 个月</translation>
    </message>
    <message>
        <source>Aggregation: {method}</source>
        <translation>计分方法：{method}</translation>
    </message>
    <message>
        <source>{n} {n:conflict|conflicts} of interest recorded</source>
        <translation>已登记 {n} 项回避</translation>
    </message>
    <message>
        <source>Round {round}: {done} of {total} assignments scored</source>
        <translation>第 {round} 轮：已完成 {done} / {total} 项评审任务</translation>
    </message>
    <message>
        <source>{done} of {total} experts finished; {scores} scores entered</source>
        <translation>{done} / {total} 位专家已完成；已录入 {scores} 条评分</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暂无待办事项。</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{file} cannot be read as an Excel workbook ({detail}). Save the expert list as an .xlsx file made from Reviewer&apos;s template and import it again.</source>
        <translation>{file} 无法作为 Excel 工作簿读取（{detail}）。请用 Reviewer 模板将专家名单保存为 .xlsx 文件后重新导入。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). Add that column as in the template and import the list again.</source>
        <translation>{file}，工作表“{sheet}”：表头（第 {row} 行）中没有“{field}”列。请按模板添加该列后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the list holds no experts. Fill in one expert per row below the header and import the list again.</source>
        <translation>{file}，工作表“{sheet}”：名单中没有专家。请在表头下方每行填写一位专家后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：单元格中是公式。请直接填写内容后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. Fill it in and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：此项为必填项，尚未填写。请填写后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, more than the {limit} allowed. Shorten it and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：内容共 {length} 字，超过 {limit} 字的限制。请精简后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the expert code “{value}” is also given in cell {other}. Give each expert a code of their own and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：专家编号“{value}”与单元格 {other} 重复。请为每位专家分配不同的编号后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): a second panel leader is marked; cell {other} already marks one. Mark only one expert as leader and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：标记了第二位专家组组长，单元格 {other} 已标记一位。请只标记一位组长后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices ({choices}). Choose one from the cell&apos;s drop-down list and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不在可选范围内（{choices}）。请从该单元格的下拉列表中选择后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not written as “applicant name:relation”. Write each tie that way, separate ties with “;”, and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”未按“单位名称：关系”的格式填写。请按此格式填写，多项之间用“；”分隔，然后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the relation “{relation}” given for “{name}” is not one of {choices}. Use one of these words and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：为“{name}”填写的关系“{relation}”不属于 {choices} 之一。请使用其中之一后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{name}” is not an applicant registered in this campaign. Register the applicant first, or correct the name to the registered one, and import the list again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{name}”不是本评审批次已登记的申报单位。请先登记该申报单位，或将名称更正为已登记的名称，然后重新导入。</translation>
    </message>
    <message>
        <source>{tie} (pending: {name} is not registered yet)</source>
        <translation>{tie}（待生效：{name} 尚未登记）</translation>
    </message>
</context>
<context>
    <name>PanelBreachesDialog</name>
    <message>
        <source>Panel Rule</source>
        <translation>专家组规则</translation>
    </message>
    <message>
        <source>Each application needs a panel of at least {n} experts, an odd number.</source>
        <translation>每个申报项目须由至少 {n} 名专家评审，且人数为单数。</translation>
    </message>
    <message>
        <source>Each application needs a panel of at least {n} experts.</source>
        <translation>每个申报项目须由至少 {n} 名专家评审。</translation>
    </message>
    <message>
        <source>(87号令 §47)</source>
        <translation>（87号令第四十七条）</translation>
    </message>
    <message>
        <source>Every application&apos;s panel keeps the rule.</source>
        <translation>各申报项目的评审专家组均符合规则。</translation>
    </message>
    <message>
        <source>Add Proposed Reserves</source>
        <translation>补入建议的备选专家</translation>
    </message>
</context>
<context>
    <name>PanelRules</name>
    <message>
        <source>fewer than {minimum}</source>
        <translation>少于 {minimum} 名</translation>
    </message>
    <message>
        <source>an even number</source>
        <translation>为双数</translation>
    </message>
    <message>
        <source>{applicant}: a panel of {size} {size:expert|experts}, {problems} (87号令 §47).</source>
        <translation>{applicant}：评审专家 {size} 名，{problems}（87号令第四十七条）。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source>Recused: {names}.</source>
        <translation>回避：{names}。</translation>
    </message>
    <message>
        <source>Not returned: {names}.</source>
        <translation>未交回评分：{names}。</translation>
    </message>
    <message>
        <source>Proposed reserve: {names}.</source>
        <translation>建议补入备选专家：{names}。</translation>
    </message>
    <message>
        <source>No reserve can be proposed: the expert list has no reserve expert. Mark one as a reserve or add one.</source>
        <translation>无法建议补入：专家名单中没有备选专家。请将一名专家标为备选专家，或添加备选专家。</translation>
    </message>
    <message>
        <source>{n} more {n:reserve|reserves} needed: every other reserve expert has a conflict with {applicant} or is on its panel already.</source>
        <translation>还需补入 {n} 名备选专家：其余备选专家均与{applicant}存在利害关系，或已在其评审专家组中。</translation>
    </message>
    <message>
        <source>no expert has this number.</source>
        <translation>没有该编号的专家。</translation>
    </message>
    <message>
        <source>the expert has a conflict of interest with it.</source>
        <translation>该专家与其存在利害关系。</translation>
    </message>
    <message>
        <source>the expert is on its panel already.</source>
        <translation>该专家已在其评审专家组中。</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Record a Signed Commitment</source>
        <translation>登记书面承诺签字</translation>
    </message>
    <message>
        <source>The signed page stays in the paper file; this records that it exists.</source>
        <translation>签字原件留存于纸质档案；此处仅登记已签署。</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签字日期</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Open in System Viewer</source>
        <translation>用系统阅读器打开</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> 页，共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once.</source>
        <translation>更改后窗口将立即以新语言显示。</translation>
    </message>
    <message>
        <source>Fonts of the documents</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <source>Reviewer uses the faces installed on this computer. A role without one is set in the face shipped with Reviewer.</source>
        <translation>Reviewer 使用本机已安装的字体；某一用途没有相应字体时，改用 Reviewer 随附的字体。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Rubric library</source>
        <translation>评分细则库</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Your own templates:</source>
        <translation>自备模板：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Folder of rubric templates</source>
        <translation>评分细则模板文件夹</translation>
    </message>
    <message>
        <source>{face} (shipped: none installed)</source>
        <translation>{face}（随附字体：本机未安装）</translation>
    </message>
    <message>
        <source>{face} ({file})</source>
        <translation>{face}（{file}）</translation>
    </message>
    <message>
        <source>Font file</source>
        <translation>字体文件</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Final (raw)</source>
        <translation>最终得分（原始）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>z-score calibrated</source>
        <translation>z 分数校准</translation>
    </message>
    <message>
        <source>Additive model</source>
        <translation>加性模型校准</translation>
    </message>
</context>
<context>
    <name>ReacceptDialog</name>
    <message>
        <source>Open a re-acceptance round</source>
        <translation>开展复验</translation>
    </message>
    <message>
        <source>These pilots were sent to rectify: {pilots}. Their experts will be asked to score them again, and the results are unlocked until the new scores are locked.</source>
        <translation>以下试点须整改后复验：{pilots}。原评审专家将对其重新评分；在复验评分锁定前，评审结果处于解锁状态。</translation>
    </message>
    <message>
        <source>For example: the rectification period is over</source>
        <translation>例如：整改期满</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开展</translation>
    </message>
    <message>
        <source>Rectify by:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
</context>
<context>
    <name>ReliabilityPanel</name>
    <message>
        <source>Intraclass correlation (ICC): how closely the experts&apos; scores agree, at most 1. Below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, 0.9 and above excellent.</source>
        <translation>组内相关系数（ICC）：专家打分的一致程度，最高为 1。低于 0.5 为差，0.5～0.75 为中等，0.75～0.9 为良好，0.9 及以上为优秀。</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>ICC(A,1): how far one expert&apos;s scores can be relied on.</source>
        <translation>ICC(A,1)：单个专家打分的可信程度。</translation>
    </message>
    <message>
        <source>ICC(A,k): how far the panel&apos;s mean can be relied on; the band shown.</source>
        <translation>ICC(A,k)：专家组平均分的可信程度，括号内为其等级。</translation>
    </message>
    <message>
        <source>Kendall&apos;s coefficient of concordance (W): how far the experts put the applications in the same order, from 0 (no agreement) to 1 (the same order). 0.7 and above is strong agreement, below 0.3 weak.</source>
        <translation>肯德尔和谐系数（W）：专家对申报项目排序的一致程度，0 表示毫无一致，1 表示排序完全相同。0.7 及以上为高度一致，低于 0.3 为一致性弱。</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (α): how far the experts&apos; scores agree beyond chance, allowing for missing scores; 1 is full agreement, 0 no better than chance. 0.8 and above is reliable, 0.667 to 0.8 enough for tentative conclusions.</source>
        <translation>克里彭多夫 α 系数：排除偶然因素后专家评分的一致程度，允许有未评分项；1 为完全一致，0 相当于随机打分。0.8 及以上为可靠，0.667～0.8 仅可作初步结论。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>The applications every expert scored: the figures are drawn from them.</source>
        <translation>全部专家均已评分的申报项目数，以上各系数据此计算。</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>{figure} ({band})</source>
        <translation>{figure}（{band}）</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to objection #{id}</source>
        <translation>答复异议 #{id}</translation>
    </message>
    <message>
        <source>The reply is due on {due}.</source>
        <translation>答复期限：{due}。</translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <source>The reply:</source>
        <translation>答复内容：</translation>
    </message>
</context>
<context>
    <name>ReportSignatures</name>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Signed with a dissent</source>
        <translation>签署不同意见</translation>
    </message>
    <message>
        <source>Neither signed nor gave reasons</source>
        <translation>未签字且未说明理由</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>签署情况</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation>（组长）</translation>
    </message>
</context>
<context>
    <name>ReportSignaturesDialog</name>
    <message>
        <source>Review report signatures</source>
        <translation>评审报告签字</translation>
    </message>
    <message>
        <source>Every member signs the printed review report. Enter what each member&apos;s line shows: a member who disagrees signs and writes the reasons; one who neither signs nor gives reasons is recorded as such and taken to agree. The report printed again shows each answer.</source>
        <translation>评审专家组全体成员应在打印的评审报告上签字。请按各位专家签字栏的实际情况录入：有不同意见的，签字并书面说明理由；既不签字也不说明理由的，如实记录，视为同意评审报告。再次打印的评审报告将载明各位专家的签署情况。</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Signed with a dissent…</source>
        <translation>签署不同意见…</translation>
    </message>
    <message>
        <source>Neither signed nor gave reasons</source>
        <translation>未签字且未说明理由</translation>
    </message>
    <message>
        <source>Take the entry back</source>
        <translation>撤销录入</translation>
    </message>
    <message>
        <source>Select the member whose answer to enter.</source>
        <translation>请先选中要录入签署情况的专家。</translation>
    </message>
    <message>
        <source>Signed with a dissent</source>
        <translation>签署不同意见</translation>
    </message>
    <message>
        <source>The different opinion and its reasons, as {name} wrote them:</source>
        <translation>{name} 书面签署的不同意见及理由：</translation>
    </message>
    <message>
        <source>Cannot enter the answer</source>
        <translation>无法录入签署情况</translation>
    </message>
</context>
<context>
    <name>RescoreDialog</name>
    <message>
        <source>Open a re-score round</source>
        <translation>开启复评轮次</translation>
    </message>
    <message>
        <source>The experts ticked get a kit or score sheet holding only these applications. Their new scores replace their earlier ones for these applications alone; every round stays on record.</source>
        <translation>勾选的专家将收到只含这些申报的评分包或评分表。新评分仅替换其对这些申报的原评分；各轮评分均留档。</translation>
    </message>
    <message>
        <source>Application and expert</source>
        <translation>申报与专家</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Why a new round (kept in the audit log), e.g. the panel&apos;s discussion</source>
        <translation>复评原因（记入审计日志），如专家组讨论情况</translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation>开启本轮</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Reading the scores</source>
        <translation>正在读取评分</translation>
    </message>
    <message>
        <source>Merging {n} applications</source>
        <translation>正在汇总 {n} 个申报项目</translation>
    </message>
    <message>
        <source>Calibration and panel statistics</source>
        <translation>正在计算专家校准和一致性统计</translation>
    </message>
    <message>
        <source>re-checked</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>已书面说明</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{applicant}: {expert} {name}&apos;s {item} of {score} deviates from the panel&apos;s {panel} and is neither re-checked nor explained</source>
        <translation>{applicant}：{expert} {name}的{item}评分 {score} 偏离其他专家平均 {panel}，既未复核也未书面说明</translation>
    </message>
    <message>
        <source>Adding-up error</source>
        <translation>分值汇总计算错误</translation>
    </message>
    <message>
        <source>Sub-score outside the rubric&apos;s range</source>
        <translation>分项评分超出评分标准规定的分值范围</translation>
    </message>
    <message>
        <source>Inconsistent scoring of an objective item</source>
        <translation>客观评审因素评分不一致</translation>
    </message>
    <message>
        <source>Score judged abnormally high or low by the panel</source>
        <translation>经评审委员会认定评分畸高、畸低</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Merging the scores</source>
        <translation>汇总评分</translation>
    </message>
    <message>
        <source>Cannot merge the scores</source>
        <translation>无法汇总评分</translation>
    </message>
    <message>
        <source>Lock the results</source>
        <translation>锁定结果</translation>
    </message>
    <message>
        <source>Locking keeps these results as they are for the documents; nothing may change them until they are unlocked. Why are they final (for example, the panel meeting that approved them)?</source>
        <translation>锁定后，文书将按当前结果生成；解除锁定前，任何操作都不能改变这些结果。请说明结果定稿的依据（例如审定结果的专家组会议）：</translation>
    </message>
    <message>
        <source>Cannot lock the results</source>
        <translation>无法锁定结果</translation>
    </message>
    <message>
        <source>Unlock the results</source>
        <translation>解除结果锁定</translation>
    </message>
    <message>
        <source>{count} {count:decision was|decisions were} committed on these results. Once they are unlocked, those decisions no longer hold: they must be taken again on the results locked next, and until then no document names an approved applicant.

Unlock anyway?</source>
        <translation>已有 {count} 项决定以这些结果为依据提交。解锁后这些决定不再有效：须在下次锁定的结果上重新作出，在此之前任何文件都不会列出获批单位。

仍要解锁吗？</translation>
    </message>
    <message>
        <source>Cannot unlock the results</source>
        <translation>无法解除结果锁定</translation>
    </message>
    <message>
        <source>Cannot enter the explanation</source>
        <translation>无法录入书面说明</translation>
    </message>
    <message>
        <source>Open a re-score round</source>
        <translation>开启复评轮次</translation>
    </message>
    <message>
        <source>No application needs discussion. To have one scored again anyway, select it in the score matrix first.</source>
        <translation>没有需要讨论的申报。如仍需复评某项申报，请先在评分矩阵中选中它。</translation>
    </message>
    <message>
        <source>Cannot open the round</source>
        <translation>无法开启复评轮次</translation>
    </message>
    <message>
        <source>Round {round} is open. On the Experts tab, issue kits or score sheets to {experts}: they hold only the applications to score again.</source>
        <translation>第 {round} 轮已开启。请在“专家”页向 {experts} 发放评分包或评分表：其中只含需复评的申报。</translation>
    </message>
    <message>
        <source>Record a dissent</source>
        <translation>记录异议</translation>
    </message>
    <message>
        <source>No expert has scored this application yet.</source>
        <translation>尚无专家完成对该项目的评分。</translation>
    </message>
    <message>
        <source>Which expert dissents?</source>
        <translation>哪位专家持有异议？</translation>
    </message>
    <message>
        <source>Add a discussion note</source>
        <translation>添加讨论记录</translation>
    </message>
    <message>
        <source>The expert&apos;s written reasons for {applicant}:</source>
        <translation>该专家对 {applicant} 的书面异议理由：</translation>
    </message>
    <message>
        <source>What the panel said about {applicant}:</source>
        <translation>专家组对 {applicant} 的讨论意见：</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>无法保存记录</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Spread of the experts&apos; totals per application</source>
        <translation>各项目专家总分的分布</translation>
    </message>
    <message>
        <source>Conditions per applicant (% of each condition&apos;s points)</source>
        <translation>各申报单位的评审条件得分（占该条件分值的百分比）</translation>
    </message>
    <message>
        <source>Each expert against the panel&apos;s mean</source>
        <translation>各专家评分与专家组均值对比</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Experts&apos; totals: box from the lower to the upper quartile</source>
        <translation>专家总分：箱体为下四分位数至上四分位数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Final figure of each condition, as % of its points</source>
        <translation>各评审条件最终得分（占该条件分值的百分比）</translation>
    </message>
    <message>
        <source>Each dot an expert&apos;s total against the panel&apos;s mean (on the line: agreement)</source>
        <translation>每个点为一位专家的总分与专家组均值的对照（落在直线上表示一致）</translation>
    </message>
    <message>
        <source>Panel mean</source>
        <translation>专家组均值</translation>
    </message>
    <message>
        <source>Expert&apos;s total</source>
        <translation>专家总分</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致线</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Merge again</source>
        <translation>重新汇总</translation>
    </message>
    <message>
        <source>Lock the results…</source>
        <translation>锁定结果…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解除锁定…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Who changed what, when and why; searchable, and exportable to Excel</source>
        <translation>谁在何时因何修改了什么；可查找，可导出为 Excel</translation>
    </message>
    <message>
        <source>Re-score round…</source>
        <translation>复评轮次…</translation>
    </message>
    <message>
        <source>Ask chosen experts to score the flagged applications again</source>
        <translation>请所选专家对需讨论的申报重新评分</translation>
    </message>
    <message>
        <source>Only what needs discussion</source>
        <translation>仅显示需讨论的项目</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Colour: distance from the other experts&apos; mean — &lt;span style=&apos;background:#fff0c2&apos;&gt;&amp;nbsp;10%&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffd3a6&apos;&gt;&amp;nbsp;20%&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f4b6b6&apos;&gt;&amp;nbsp;30%&amp;nbsp;&lt;/span&gt;; &lt;s&gt;struck through&lt;/s&gt;: dropped by the trimmed mean.</source>
        <translation>颜色：与其他专家均值的偏离 — &lt;span style=&apos;background:#fff0c2&apos;&gt;&amp;nbsp;10%&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffd3a6&apos;&gt;&amp;nbsp;20%&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f4b6b6&apos;&gt;&amp;nbsp;30%&amp;nbsp;&lt;/span&gt;；&lt;s&gt;删除线&lt;/s&gt;：去掉的最高分或最低分。</translation>
    </message>
    <message>
        <source>Add a discussion note…</source>
        <translation>添加讨论记录…</translation>
    </message>
    <message>
        <source>Record a dissent…</source>
        <translation>记录异议…</translation>
    </message>
    <message>
        <source>Experts against the panel</source>
        <translation>专家评分尺度对比</translation>
    </message>
    <message>
        <source>Rankings adjusted for harsh and lenient experts, beside the raw one</source>
        <translation>校准评分偏严或偏宽专家后的排名（与原始排名并列）</translation>
    </message>
    <message>
        <source>Locked on {at} by {by} (fingerprint {fingerprint}). Reason: {reason}</source>
        <translation>已锁定：{by} 于 {at} 锁定（指纹 {fingerprint}）。理由：{reason}</translation>
    </message>
    <message>
        <source>Locked while items were still open, as the panel leader {leader} allowed: {why}</source>
        <translation>锁定时仍有未处理事项，经评审组长 {leader} 同意：{why}</translation>
    </message>
    <message>
        <source>Score matrix</source>
        <translation>评分矩阵</translation>
    </message>
    <message>
        <source>Calibration and reliability</source>
        <translation>校准与一致性</translation>
    </message>
    <message>
        <source>Report signatures…</source>
        <translation>评审报告签字…</translation>
    </message>
    <message>
        <source>Enter each member&apos;s answer to the signed review report (评审报告)</source>
        <translation>录入各位专家在评审报告上的签署情况</translation>
    </message>
    <message>
        <source>Explain a deviation…</source>
        <translation>录入偏离说明…</translation>
    </message>
    <message>
        <source>Enter an expert&apos;s written explanation of scores far from the panel&apos;s</source>
        <translation>录入专家对偏离专家组评分的书面说明</translation>
    </message>
    <message>
        <source>How far the experts agree (hover over a figure for what it means)</source>
        <translation>专家意见一致性（鼠标悬停在数值上可查看说明）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{n} applications merged by {method} (trimmed from {panel} scores); {flagged} need discussion. Thresholds: spread {spread}%, deviation {deviation}%.</source>
        <translation>已按“{method}”汇总 {n} 个申报项目（评分不少于 {panel} 份时去掉最高分和最低分）；{flagged} 个需讨论。阈值：极差 {spread}%，偏离 {deviation}%。</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>Select an application to see its scores.</source>
        <translation>选择一个申报项目以查看其评分。</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>需讨论事项</translation>
    </message>
    <message>
        <source>Discussion notes and dissents</source>
        <translation>讨论记录与异议</translation>
    </message>
    <message>
        <source>Scoring rounds</source>
        <translation>评分轮次</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>used in the merge</source>
        <translation>计入汇总</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>极差过大</translation>
    </message>
    <message>
        <source>Criteria the experts disagree on: {list}</source>
        <translation>专家意见分歧的评分项：{list}</translation>
    </message>
    <message>
        <source>Ineligible: a majority of the experts voted the veto criterion.</source>
        <translation>不符合条件：过半数专家对一票否决项投否决票。</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>{file} cannot be read as an Excel workbook ({detail}). Save the rubric as an .xlsx file made from the workbook Reviewer exports and import it again.</source>
        <translation>{file} 无法作为 Excel 工作簿读取（{detail}）。请在 Reviewer 导出的工作簿基础上保存为 .xlsx 文件后重新导入。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”. Keep the sheets of the workbook Reviewer exports, under their names, and import the rubric again.</source>
        <translation>{file} 中没有名为“{sheet}”的工作表。请保留 Reviewer 导出工作簿中的各工作表及其名称，然后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no cell above the table reads “{field}”. Put the label back in column A with its value in the cell to its right, and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”：表格上方没有“{field}”一项。请在 A 列恢复该标签并在其右侧单元格填写内容，然后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). Add that column as in the exported workbook and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”：表头（第 {row} 行）中没有“{field}”列。请按导出的工作簿添加该列后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the rubric lists no criteria. Fill in one criterion per row below the header and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”：评分细则中没有评分项。请在表头下方每行填写一个评分项后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：单元格中是公式。请直接填写内容后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. Fill it in and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：此项为必填项，尚未填写。请填写后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a number of points. Type a number of 0 or more in digits, such as 7 or 3.5, and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是有效分值。请用阿拉伯数字填写不小于 0 的数值（如 7 或 3.5）后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a range of points. Write the lowest and the highest points joined by a dash, lowest first, such as 6-7 or 0-3.5, and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是有效的分值范围。请按“最低分-最高分”填写（如 6-7 或 0-3.5）后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices ({choices}). Choose one from the cell&apos;s drop-down list and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不在可选范围内（{choices}）。请从该单元格的下拉列表中选择后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a track Reviewer knows ({choices}). Choose the track from the cell&apos;s drop-down list and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是可识别的类别（{choices}）。请从该单元格的下拉列表中选择类别后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): the code “{value}” is also given in cell {other}. Give each one a code of its own and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：编号“{value}”与单元格 {other} 重复。请为每项分配不同的编号后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, cell {cell} ({field}): “{value}” differs from what cell {other} gives for condition {condition}. Write the condition&apos;s name and description on its first row only, or the same on every row, and import the rubric again.</source>
        <translation>{file}，工作表“{sheet}”单元格 {cell}（{field}）：“{value}”与单元格 {other} 中评审条件 {condition} 的内容不一致。请只在该条件的第一行填写名称和说明，或每行填写相同内容，然后重新导入。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {detail} Correct the rubric and import it again.</source>
        <translation>{file}，工作表“{sheet}”：{detail}请更正评分细则后重新导入。</translation>
    </message>
</context>
<context>
    <name>RubricActions</name>
    <message>
        <source>Scores already given</source>
        <translation>已有评分</translation>
    </message>
    <message>
        <source>What should those scores count for on version {next}? Kits already sent to experts are for version {version}: send new kits after the change.</source>
        <translation>这些评分在第 {next} 版中如何处理？已发给专家的评分包对应第 {version} 版，修改后请重新发放评分包。</translation>
    </message>
    <message>
        <source>Version {version} of this rubric already holds {scores} {scores:score|scores} from {experts} {experts:expert|experts}. It stays as it is, with its scores; your change becomes version {next}.</source>
        <translation>该评分细则第 {version} 版已有 {experts} 位专家的 {scores} 条评分。该版本及其评分将原样保留；您的修改将成为第 {next} 版。</translation>
    </message>
    <message>
        <source>Carry over {carried} {carried:score|scores} on the {unchanged} unchanged {unchanged:criterion|criteria}</source>
        <translation>在 {unchanged} 个未变的评分项上沿用 {carried} 条评分</translation>
    </message>
    <message>
        <source>Experts score everything again</source>
        <translation>由专家全部重新评分</translation>
    </message>
    <message>
        <source>Cannot save the rubric</source>
        <translation>无法保存评分细则</translation>
    </message>
    <message>
        <source>The rubric is now version {version}.</source>
        <translation>评分细则现为第 {version} 版。</translation>
    </message>
    <message>
        <source>{track}: version {version}</source>
        <translation>{track}：第 {version} 版</translation>
    </message>
    <message>
        <source> (scored: saving makes a new version)</source>
        <translation>（已有评分：保存后将生成新版本）</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>导出评分细则</translation>
    </message>
    <message>
        <source>Saved the rubric to {path}</source>
        <translation>已将评分细则保存到 {path}</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>导入评分细则</translation>
    </message>
    <message>
        <source>Cannot import the rubric</source>
        <translation>无法导入评分细则</translation>
    </message>
    <message>
        <source>The rubric was not imported</source>
        <translation>评分细则未导入</translation>
    </message>
    <message>
        <source>Your own templates are read from {folder}.</source>
        <translation>自备模板读取自 {folder}。</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Edit the rubric</source>
        <translation>编辑评分细则</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>评审条件</translation>
    </message>
    <message>
        <source>Gate check (pass/fail before scoring)</source>
        <translation>资格条件（评分前判定是否符合）</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加评审条件</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <source>Add gate check</source>
        <translation>添加资格条件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>(untitled rubric)</source>
        <translation>（未命名评分细则）</translation>
    </message>
    <message>
        <source> (veto)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>Gate checks</source>
        <translation>资格条件</translation>
    </message>
    <message>
        <source>The rubric is valid: {conditions} conditions, {criteria} criteria, {total} points.</source>
        <translation>评分细则有效：{conditions} 个评审条件，{criteria} 个评分项，共 {total} 分。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>No bands proposed</source>
        <translation>未能生成档次</translation>
    </message>
    <message>
        <source>Four bands need a maximum of at least three steps, on the step. Check the criterion&apos;s maximum points and step.</source>
        <translation>设置四个档次要求满分至少为步长的 3 倍，且为步长的整数倍。请检查该评分项的满分和步长。</translation>
    </message>
    <message>
        <source>Propose bands</source>
        <translation>生成档次</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>新评审条件</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <source>New gate check</source>
        <translation>新资格条件</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes to the rubric have not been saved. Discard them?</source>
        <translation>对评分细则的修改尚未保存。是否放弃这些修改？</translation>
    </message>
</context>
<context>
    <name>RubricFields</name>
    <message>
        <source>the total points</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>the maximum points</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>the lowest points</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>the highest points</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Total points:</source>
        <translation>总分：</translation>
    </message>
    <message>
        <source>Select a condition, criterion or gate check on the left to edit it. The criteria&apos;s points must add up to the total.</source>
        <translation>在左侧选择评审条件、评分项或资格条件进行编辑。各评分项分值合计须等于总分。</translation>
    </message>
</context>
<context>
    <name>RubricLibrary</name>
    <message>
        <source>Selection</source>
        <translation>遴选</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>中期评估</translation>
    </message>
    <message>
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>A workbook of the secretariat&apos;s own folder.</source>
        <translation>秘书处自备文件夹中的工作簿。</translation>
    </message>
</context>
<context>
    <name>RubricLibraryDialog</name>
    <message>
        <source>Rubric Library</source>
        <translation>评分细则库</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>适用评审</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>适用类别</translation>
    </message>
    <message>
        <source>{title} (cannot be used)</source>
        <translation>{title}（不能使用）</translation>
    </message>
    <message>
        <source>Use for This Track…</source>
        <translation>用于该类别…</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>{conditions} conditions, {criteria} criteria, {total} points</source>
        <translation>{conditions} 个评审条件，{criteria} 个评分项，共 {total} 分</translation>
    </message>
    <message>
        <source>Use the template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>Make “{title}” the rubric of the {track} track? It becomes the track&apos;s new rubric version, which you can then edit as any rubric.</source>
        <translation>是否以“{title}”作为{track}类别的评分细则？该模板将成为该类别评分细则的新版本，之后可像其他评分细则一样修改。</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <source>Track:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Library…</source>
        <translation>细则库…</translation>
    </message>
    <message>
        <source>Condition / criterion</source>
        <translation>评审条件 / 评分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>{title} — version {version}, {total} points, {state}</source>
        <translation>{title} — 第 {version} 版，满分 {total} 分，{state}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Gate checks (pass/fail before scoring)</source>
        <translation>资格条件（评分前审查，合格/不合格）</translation>
    </message>
    <message>
        <source>Veto criterion: a score of 0 is a veto vote.</source>
        <translation>一票否决项：评 0 分即为否决票。</translation>
    </message>
    <message>
        <source>Maximum {max} points, in steps of {step}.</source>
        <translation>满分 {max} 分，评分步长 {step} 分。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Ranking rules</source>
        <translation>排名规则</translation>
    </message>
    <message>
        <source>The minimum score must be a number, like 60 or 72.5.</source>
        <translation>最低分必须是数字，例如 60 或 72.5。</translation>
    </message>
</context>
<context>
    <name>ScoreMatrixModel</name>
    <message>
        <source>wide spread</source>
        <translation>专家评分极差过大</translation>
    </message>
    <message>
        <source>{expert} far from the others</source>
        <translation>{expert} 的评分明显偏离其他专家</translation>
    </message>
    <message>
        <source>vetoed by the majority</source>
        <translation>过半数专家一票否决</translation>
    </message>
    <message>
        <source>no complete scores yet</source>
        <translation>尚无完整评分</translation>
    </message>
    <message>
        <source>{criterion}: wide spread</source>
        <translation>{criterion}：极差过大</translation>
    </message>
    <message>
        <source>{criterion}: {expert} far from the others</source>
        <translation>{criterion}：{expert} 偏离其他专家</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>需讨论事项</translation>
    </message>
    <message>
        <source>{name}: {total} points, {deviation} from the others&apos; mean</source>
        <translation>{name}：{total} 分，与其他专家均值相差 {deviation}</translation>
    </message>
    <message>
        <source>; dropped by the trimmed mean</source>
        <translation>；作为最高分或最低分被去掉</translation>
    </message>
    <message>
        <source>; voted to veto</source>
        <translation>；投了否决票</translation>
    </message>
    <message>
        <source>; re-scored, round {round} gave {total}</source>
        <translation>；已复评，第 {round} 轮评分为 {total}</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（否决）</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评分意见</translation>
    </message>
    <message>
        <source>Your score in round {round}: {points}</source>
        <translation>您第 {round} 轮的评分：{points}</translation>
    </message>
    <message>
        <source>Give the points first: a comment is kept with them.</source>
        <translation>请先填写分数：评分意见随分数一并保存。</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>Checking {file}…</source>
        <translation>正在核验 {file}……</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>{file}: imported; it records no review commitment accepted in the app (an older kit or a score sheet). Have the expert sign the commitment on paper and record it.</source>
        <translation>{file}：已导入；该文件未记录在软件中确认的评审承诺（旧版评分包或 Excel 评分表）。请专家签署纸质评审承诺书并予以登记。</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>it cannot be read as an Excel workbook ({detail}). Ask the expert for the .xlsx score sheet Reviewer issued, filled in and saved again as .xlsx.</source>
        <translation>无法作为 Excel 工作簿读取（{detail}）。请专家提供 Reviewer 发放的评分表，填写后仍保存为 .xlsx 文件。</translation>
    </message>
    <message>
        <source>it is not a Reviewer score sheet, or its hidden sheet data was changed. Issue the expert a score sheet from Reviewer.</source>
        <translation>该文件不是 Reviewer 评分表，或其隐藏数据已被改动。请为专家重新生成评分表。</translation>
    </message>
    <message>
        <source>it was made by a newer version of Reviewer (score sheet version {version}). Install the newer version to read it.</source>
        <translation>该评分表由更新版本的 Reviewer 生成（评分表第 {version} 版）。请安装新版后再读取。</translation>
    </message>
    <message>
        <source>it comes from another campaign.</source>
        <translation>该文件来自其他评审批次。</translation>
    </message>
    <message>
        <source>it comes from a score sheet this campaign did not issue.</source>
        <translation>该文件来自本评审批次未发放的评分表。</translation>
    </message>
    <message>
        <source>it is not bound to this expert/kit: its hidden data was changed or copied from another expert&apos;s sheet. Issue the expert a new score sheet.</source>
        <translation>该评分表与本专家及评分包不符：其隐藏数据被改动或抄自其他专家的评分表。请为专家重新生成评分表。</translation>
    </message>
    <message>
        <source>the rubric was changed after the sheet was issued, so its criteria are no longer the current ones. Issue the expert a new score sheet.</source>
        <translation>评分表发放后评分细则已修改，其中的评分项已不是现行版本。请为专家重新生成评分表。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): the score is empty. Type a number from 0 to {max}.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：尚未评分。请填写 0 到 {max} 之间的数值。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：单元格中是公式。请直接填写数值。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): “{value}” is not a number. Type a number from 0 to {max} in steps of {step}.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：“{value}”不是数字。请填写 0 到 {max} 之间、以 {step} 为步长的数值。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): {value} is not a score the rubric allows. Type a number from 0 to {max} in steps of {step}.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：{value} 不符合评分细则。请填写 0 到 {max} 之间、以 {step} 为步长的数值。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): the comment has {length} characters, more than the {limit} allowed. Shorten it.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：评分意见共 {length} 字，超过 {limit} 字的限制。请精简。</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell} ({field}): a score of {value} needs a comment giving the reason. Write it in this cell.</source>
        <translation>工作表“{sheet}”单元格 {cell}（{field}）：评 {value} 分须填写理由。请在此单元格填写。</translation>
    </message>
    <message>
        <source>and {count} more problems.</source>
        <translation>另有 {count} 处问题。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Why, for the record (required)</source>
        <translation>变更理由（必填，将记入日志）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>no permission to write</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>no permission to read</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>文件正被其他程序占用</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>no permission to write (the disk is read-only)</source>
        <translation>没有写入权限（磁盘为只读）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>是一个文件夹</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一级不是文件夹</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>文件夹不为空</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>a file cannot be moved to another disk</source>
        <translation>文件不能跨磁盘移动</translation>
    </message>
    <message>
        <source>the path has too many symbolic links</source>
        <translation>路径中的符号链接过多</translation>
    </message>
    <message>
        <source>the disk or device is not connected</source>
        <translation>磁盘或设备未连接</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>文件过大，此磁盘无法存放</translation>
    </message>
    <message>
        <source>the name or path is not valid here</source>
        <translation>此处的名称或路径无效</translation>
    </message>
    <message>
        <source>the system refused it (error {code})</source>
        <translation>系统拒绝了此操作（错误代码 {code}）</translation>
    </message>
    <message>
        <source>{path}: {words}</source>
        <translation>{path}：{words}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the results</source>
        <translation>解除结果锁定</translation>
    </message>
    <message>
        <source>Compiled results may change only on one of these grounds (87号令 §64). The ground and the reason are kept in the audit log, and the next lock and the findings show them.</source>
        <translation>评审结果汇总后，只有出现下列情形之一方可修改（87号令第六十四条）。修改依据和理由记入审计日志，并在下次锁定记录和评审意见中载明。</translation>
    </message>
    <message>
        <source>What the ground is</source>
        <translation>具体依据</translation>
    </message>
    <message>
        <source>Why must the locked results change?</source>
        <translation>为什么需要修改已锁定的结果？</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Other ground:</source>
        <translation>其他依据：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer 智慧城市试点评审</translation>
    </message>
    <message>
        <source>Expert review of smart-city pilot applications. No campaign is open.</source>
        <translation>智慧城市试点申报专家评审。当前未打开评审批次。</translation>
    </message>
    <message>
        <source>New Campaign…</source>
        <translation>新建评审批次…</translation>
    </message>
    <message>
        <source>Open a Campaign…</source>
        <translation>打开评审批次…</translation>
    </message>
    <message>
        <source>Open the Demo Campaign</source>
        <translation>打开演示评审批次</translation>
    </message>
    <message>
        <source>Recent campaigns</source>
        <translation>最近打开的评审批次</translation>
    </message>
</context>
<context>
    <name>_TrackRulesBox</name>
    <message>
        <source>no minimum</source>
        <translation>不设最低分</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不限名额</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Minimum final score:</source>
        <translation>最低最终得分：</translation>
    </message>
    <message>
        <source>Quota (approved at most):</source>
        <translation>名额（最多批准）：</translation>
    </message>
    <message>
        <source>Ties broken by (ticked, in order):</source>
        <translation>同分时依次比较（勾选项，按顺序）：</translation>
    </message>
</context>
</TS>
