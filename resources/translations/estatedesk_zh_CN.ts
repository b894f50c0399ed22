<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../app/ui/chart/action_bar.py" line="+81" />
            <source>Click a unit to select it; Ctrl-click or drag to select several; right-click for actions.</source>
            <translation>单击房源选中；按住 Ctrl 单击或拖动可多选；右键查看可执行的操作。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} · {layout} · {area} · {total}</source>
            <translation>{code} · {layout} · {area} · {total}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{n} units selected · {area} · {total}</source>
            <translation>已选 {n} 套 · {area} · {total}</translation>
        </message>
    </context>
    <context>
        <name>AdjustmentEditor</name>
        <message>
            <location filename="../../app/ui/pricing/adjustment_editor.py" line="+145" />
            <source>This project prices whole units: adjust by percentage.</source>
            <translation>本项目按套计价，请按比例调价。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Percentage</source>
            <translation>调整比例</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount per m²</source>
            <translation>每平方米调整额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An adjustment of zero changes nothing.</source>
            <translation>调整幅度为零，不会改变任何价格。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>From floor</source>
            <translation>起始楼层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To floor</source>
            <translation>结束楼层</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The last floor is below the first.</source>
            <translation>结束楼层低于起始楼层。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Adjustment</source>
            <translation>调价</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{amount} ¥/m²</source>
            <translation>{amount}元/㎡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>floors {low}–{high}</source>
            <translation>{low}–{high}层</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Bulk adjustment</source>
            <translation>批量调价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change by</source>
            <translation>调价方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floors</source>
            <translation>楼层范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings and layouts</source>
            <translation>楼栋与户型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F</source>
            <translation>层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave empty for no limit.</source>
            <translation>留空表示不限。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A positive number raises prices, a negative one lowers them. Only unsold units matching every condition change; subscribed and contracted units keep the price agreed with their buyer.</source>
            <translation>正数为上调，负数为下调。只调整同时符合全部条件的未售房源；已认购、已签约的房源保持与客户约定的价格。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By percentage</source>
            <translation>按比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By amount per m²</source>
            <translation>按每平方米金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>¥/m²</source>
            <translation>元/㎡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 or -1.5</source>
            <translation>如 2 或 -1.5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 300 or -200</source>
            <translation>如 300 或 -200</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from</source>
            <translation>起</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Layouts</source>
            <translation>户型</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../app/ui/shell/controller.py" line="+69" />
            <source>The saved server address is not valid. Choose Connection… to correct it.</source>
            <translation>保存的服务器地址无效，请点击“连接设置…”修改。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The database on this computer could not be started: {detail}</source>
            <translation>本机数据库无法启动：{detail}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsTab</name>
        <message>
            <location filename="../../app/ui/deals/approvals_tab.py" line="+235" />
            <source>{kind} of {unit} — {customer}. Reason: {reason}</source>
            <translation>{unit} {kind} — {customer}。原因：{reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{unit} — {customer}: list {list_total}, deal total {total}, paid by {method}. Needs the approval of: {level}.</source>
            <translation>{unit} — {customer}：表价总价 {list_total}，成交总价 {total}，付款方式：{method}。需{level}审批。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a discount or a change to see what it does.</source>
            <translation>选择一项优惠或变更申请，查看具体内容。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Discounts waiting for approval ({n})</source>
            <translation>待审批优惠（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change requests waiting for a decision ({n})</source>
            <translation>待审批变更（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approve…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reject…</source>
            <translation>驳回…</translation>
        </message>
    </context>
    <context>
        <name>AreaSettlementDialog</name>
        <message>
            <location filename="../../app/ui/deals/settlement_dialog.py" line="+46" />
            <source>Request an area settlement</source>
            <translation>申请面积补差</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{title}: contracted {area} at {price}/m²</source>
            <translation>{title}：合同面积 {area}，单价 {price}/㎡</translation>
        </message>
        <message>
            <location line="+5" />
            <source>m², as the survey report states</source>
            <translation>㎡，以测绘报告为准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measured area (m²)</source>
            <translation>实测面积（㎡）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>e.g. survey report no. 2026-118</source>
            <translation>如：测绘报告编号 2026-118</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request settlement</source>
            <translation>提交补差申请</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Difference</source>
            <translation>面积差</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Within ±3%</source>
            <translation>误差在 ±3% 以内</translation>
        </message>
        <message>
            <location line="+0" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no — the buyer may cancel</source>
            <translation>否，买受人可退房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyer pays</source>
            <translation>买受人补交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Developer refunds</source>
            <translation>出卖人退还</translation>
        </message>
        <message>
            <location line="+1" />
            <source>of which double</source>
            <translation>其中双倍返还</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Developer bears</source>
            <translation>出卖人承担</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net to the buyer</source>
            <translation>应退买受人净额</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type the measured area to see the settlement.</source>
            <translation>输入实测面积后即可查看补差结果。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter the measured area.</source>
            <translation>请输入实测面积。</translation>
        </message>
    </context>
    <context>
        <name>BooksTab</name>
        <message>
            <location filename="../../app/ui/finance/books_tab.py" line="+97" />
            <source>Book registered.</source>
            <translation>票据本已登记。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Book {book} issued.</source>
            <translation>票据本 {book} 已领用。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Book {book} reconciled: {n} unused numbers voided.</source>
            <translation>票据本 {book} 已核销：{n} 个未用号码已作废。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Book {book} cancelled.</source>
            <translation>票据本 {book} 已注销。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+7" />
            <source>Hand back</source>
            <translation>交回</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Take book {book} back from {cashier}? Its {n} unused numbers stay unused until it is reconciled.</source>
            <translation>确认收回 {cashier} 领用的票据本 {book}？其中 {n} 个未用号码在核销前保持未用。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Book {book} handed back.</source>
            <translation>票据本 {book} 已交回。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Numbers are used in order and never skipped: a spoiled receipt is voided, a book is reconciled when handed back.</source>
            <translation>收据须按号码顺序使用，不得跳号：填错的收据作废处理，票据本交回时进行核销。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register…</source>
            <translation>登记…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issue…</source>
            <translation>领用…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand back…</source>
            <translation>交回…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconcile…</source>
            <translation>核销…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel book…</source>
            <translation>注销票据本…</translation>
        </message>
    </context>
    <context>
        <name>BuyerRow</name>
        <message>
            <location filename="../../app/ui/deals/buyers_editor.py" line="+63" />
            <source>optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove this buyer</source>
            <translation>删除此买受人</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Enter the buyer's name.</source>
            <translation>请填写买受人姓名。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A share is a percentage above 0 and up to 100.</source>
            <translation>份额为大于 0 且不超过 100 的百分比。</translation>
        </message>
    </context>
    <context>
        <name>BuyersEditor</name>
        <message>
            <location line="+76" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ID document</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share %</source>
            <translation>份额 %</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add co-owner</source>
            <translation>添加共有人</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Buyer {number}: {problem}</source>
            <translation>买受人 {number}：{problem}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Give every buyer's share, together 100%, or none (now {sum}%).</source>
            <translation>请填写每位买受人的产权份额且合计 100%，或全部不填（当前合计 {sum}%）。</translation>
        </message>
    </context>
    <context>
        <name>CampaignsDialog</name>
        <message>
            <location filename="../../app/ui/reports/campaigns.py" line="+49" />
            <location line="+378" />
            <source>Campaign</source>
            <translation>市场活动</translation>
        </message>
        <message>
            <location line="-377" />
            <location line="+377" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="-376" />
            <location line="+376" />
            <source>Starts on</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location line="-375" />
            <location line="+375" />
            <source>Ends on</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location line="-374" />
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+374" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="-373" />
            <source>Entered by</source>
            <translation>录入人</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+192" />
            <source>Delete campaign</source>
            <translation>删除市场活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the campaign "{name}" ({cost})? The channel report no longer counts its cost.</source>
            <translation>删除市场活动“{name}”（{cost}）吗？渠道投入产出报表将不再计入这笔费用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a channel.</source>
            <translation>请选择渠道。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the cost in yuan (0 for a free event).</source>
            <translation>请输入费用（元；免费活动填 0）。</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Campaign added.</source>
            <translation>市场活动已添加。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Campaign corrected.</source>
            <translation>市场活动已更正。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Campaign "{name}" deleted.</source>
            <translation>市场活动“{name}”已删除。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{n} campaigns, total cost {total}</source>
            <translation>共 {n} 项市场活动，费用合计 {total}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only sales managers and administrators enter campaign costs.</source>
            <translation>只有销售经理和管理员可以录入市场活动费用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New campaign</source>
            <translation>新增市场活动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Correct campaign "{name}"</source>
            <translation>更正市场活动“{name}”</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>Campaign costs</source>
            <translation>市场活动费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cost (yuan)</source>
            <translation>费用（元）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Spring open day</source>
            <translation>例如：春季开放日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 12000 or 12000.50</source>
            <translation>例如：12000 或 12000.50</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CancelBookDialog</name>
        <message>
            <location filename="../../app/ui/finance/book_dialogs.py" line="+142" />
            <source>Cancel a receipt book</source>
            <translation>注销票据本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel book {book}? It was never issued; it cannot be used afterwards.</source>
            <translation>确认注销票据本 {book}？该票据本尚未领用，注销后不能再使用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required: why, e.g. misprinted numbers</source>
            <translation>必填：注销原因，如号码印错</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel book</source>
            <translation>注销</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write why the book is cancelled.</source>
            <translation>请填写注销原因。</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/ui/deals/change_dialogs.py" line="+35" />
            <source>Request a cancellation</source>
            <translation>申请退房</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{title}: {received} received</source>
            <translation>{title}：已收 {received}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Refund (¥)</source>
            <translation>退款（¥）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposit forfeited (¥)</source>
            <translation>没收定金（¥）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why the buyer cancels (required)</source>
            <translation>退房原因（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request cancellation</source>
            <translation>申请退房</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the refund.</source>
            <translation>请填写退款金额。</translation>
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location filename="../../app/ui/pricing/discount_panels.py" line="+136" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>CashierTab</name>
        <message>
            <location filename="../../app/ui/finance/cashier_tab.py" line="+176" />
            <source>Receipt {no} voided.</source>
            <translation>收据 {no} 已作废。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refund paid: voucher {no}.</source>
            <translation>退款已支付，退款单号 {no}。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Receipt {no} issued: {amount} from {payer}.</source>
            <translation>已开具收据 {no}：{payer} 交款 {amount}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print receipt</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print receipt {no} now?</source>
            <translation>是否现在打印收据 {no}？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Customer, phone, unit or contract number</source>
            <translation>客户、电话、房号或合同号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take payment…</source>
            <translation>收款…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reprint</source>
            <translation>重打</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund…</source>
            <translation>退款…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay back the refund of an approved cancellation</source>
            <translation>支付已批准退房的退款</translation>
        </message>
    </context>
    <context>
        <name>ChangeHistory</name>
        <message>
            <location filename="../../app/ui/deals/change_history.py" line="+75" />
            <source>&lt;b&gt;{kind}&lt;/b&gt; · &lt;span style='color:{colour}'&gt;{status}&lt;/span&gt; · {who} {when}</source>
            <translation>&lt;b&gt;{kind}&lt;/b&gt; · &lt;span style='color:{colour}'&gt;{status}&lt;/span&gt; · {who} {when}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decided by {who} on {when}</source>
            <translation>{who} 于 {when} 审批</translation>
        </message>
        <message>
            <location line="+3" />
            <source>: {note}</source>
            <translation>：{note}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print settlement notice…</source>
            <translation>打印补差通知单…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Changes</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No change was requested.</source>
            <translation>没有变更申请。</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestModel</name>
        <message>
            <location filename="../../app/ui/deals/approval_models.py" line="+131" />
            <source>Change</source>
            <translation>变更类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Requested at</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it does</source>
            <translation>变更内容</translation>
        </message>
    </context>
    <context>
        <name>ChartActionController</name>
        <message>
            <location filename="../../app/ui/chart/action_controller.py" line="+100" />
            <source>{n} units selected</source>
            <translation>已选 {n} 套</translation>
        </message>
        <message>
            <location line="+51" />
            <source>{action}: {n} unit(s) — {codes}
Please give the reason.</source>
            <translation>{action}：共 {n} 套（{codes}）
请填写原因。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{action}: {n} unit(s) done.</source>
            <translation>{action}：已完成 {n} 套。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unit {code} pencilled in for {name} until {time}.</source>
            <translation>房源 {code} 已为 {name} 预留，保留至 {time}。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>{action}: unit {code} is reserved.</source>
            <translation>{action}：房源 {code} 已下定。</translation>
        </message>
    </context>
    <context>
        <name>ChartActions</name>
        <message>
            <location filename="../../app/ui/chart/actions.py" line="+53" />
            <source>Pencil in…</source>
            <translation>预留…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hold an available unit for one of your customers for a limited time</source>
            <translation>为您的客户限时保留一套待售房源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Release pencil</source>
            <translation>取消预留</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a pencilled unit back for sale before its time runs out</source>
            <translation>在预留到期前提前释放房源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hold…</source>
            <translation>销控…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withhold units from sale, with a reason</source>
            <translation>暂停销售所选房源（需填写原因）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release hold</source>
            <translation>解除销控</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put held units back on sale</source>
            <translation>将销控房源重新放回待售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put on sale</source>
            <translation>推盘</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Release units not yet on sale</source>
            <translation>将未推房源推出销售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw from sale…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take available units off sale again, with a reason</source>
            <translation>将待售房源撤回为未推（需填写原因）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>View history</source>
            <translation>查看记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who changed this unit's status, when and why</source>
            <translation>查看房源状态由谁、何时、因何变更</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Subscribe…</source>
            <translation>认购…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reserve the unit for a customer with a deposit, the agreed price and a deadline to sign (认购)</source>
            <translation>收取定金为客户认购该房源，约定价格和签约期限（认购）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small deposit…</source>
            <translation>小定…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hold the unit for a customer for a few days against a small deposit (小定)</source>
            <translation>收取小定为客户保留该房源数天（小定）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>View deals</source>
            <translation>查看交易</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who reserved or contracted this unit, when and at what price</source>
            <translation>谁在何时以何价格认购或签约了该房源</translation>
        </message>
    </context>
    <context>
        <name>ChartExports</name>
        <message>
            <location filename="../../app/ui/chart/exports.py" line="+107" />
            <source>Export the chart as PDF</source>
            <translation>导出销控图 PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Excel export is not installed in this version of EstateDesk.</source>
            <translation>当前版本的 EstateDesk 尚未安装 Excel 导出功能。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the chart to Excel</source>
            <translation>导出销控表 Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>ChartFormat</name>
        <message>
            <location filename="../../app/ui/chart/formatting.py" line="+62" />
            <source>{price} yuan/㎡</source>
            <translation>{price} 元/㎡</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Entrance {code}</source>
            <translation>{code}单元</translation>
        </message>
    </context>
    <context>
        <name>ChartPrinter</name>
        <message>
            <location filename="../../app/ui/chart/print_decor.py" line="+26" />
            <source>{title} — sales control chart</source>
            <translation>{title} 销控表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed {time}</source>
            <translation>打印时间 {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings: {names}</source>
            <translation>楼栋：{names}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter: {text} (units not matching are dimmed)</source>
            <translation>筛选：{text}（不符合条件的房源以浅色显示）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sell-through (by units)</source>
            <translation>去化率（按套数）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by area {rate}</source>
            <translation>按面积 {rate}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} units</source>
            <translation>{n} 套</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} ×10k yuan</source>
            <translation>{value} 万元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EstateDesk · for internal use; the database is authoritative</source>
            <translation>EstateDesk 售楼管理系统 · 内部资料，以系统实时数据为准</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Page {n} of {total}</source>
            <translation>第 {n} 页 / 共 {total} 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/chart/printer.py" line="+105" />
            <source>The printer could not be opened.</source>
            <translation>无法打开打印机。</translation>
        </message>
    </context>
    <context>
        <name>ChartScreen</name>
        <message>
            <location filename="../../app/ui/chart/screen.py" line="+104" />
            <source>A live refresh failed; the chart reloads when the connection is back.</source>
            <translation>实时刷新失败，连接恢复后销控图会自动重新加载。</translation>
        </message>
        <message>
            <location line="+81" />
            <location line="+2" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No units here yet.</source>
            <translation>这里还没有房源。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The chart could not be loaded.</source>
            <translation>销控图加载失败。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>EstateDesk</source>
            <translation>EstateDesk</translation>
        </message>
    </context>
    <context>
        <name>ChartStatusLine</name>
        <message>
            <location filename="../../app/ui/chart/status_line.py" line="+66" />
            <source>Last updated {time}</source>
            <translation>上次更新 {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not loaded yet</source>
            <translation>尚未加载</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live updates on</source>
            <translation>实时更新中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connecting live updates…</source>
            <translation>正在连接实时更新…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live updates interrupted, reconnecting…</source>
            <translation>实时更新中断，正在重连…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live updates off</source>
            <translation>实时更新已关闭</translation>
        </message>
    </context>
    <context>
        <name>ChartToolbar</name>
        <message>
            <location filename="../../app/ui/chart/toolbar.py" line="+86" />
            <location line="+50" />
            <source>All buildings (overview)</source>
            <translation>全部楼栋（总览）</translation>
        </message>
        <message>
            <location line="-48" />
            <source>{name} ({n} units)</source>
            <translation>{name}（{n} 套）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>缩小（Ctrl+-）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in (Ctrl+=)</source>
            <translation>放大（Ctrl+=）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit to width</source>
            <translation>适应宽度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh (F5)</source>
            <translation>刷新（F5）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF</source>
            <translation>导出PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel</source>
            <translation>导出Excel</translation>
        </message>
    </context>
    <context>
        <name>CloseTab</name>
        <message>
            <location filename="../../app/ui/finance/close_tab.py" line="+44" />
            <source>Export the daily close</source>
            <translation>导出日结表</translation>
        </message>
        <message>
            <location line="+114" />
            <location line="+6" />
            <source>Close the day</source>
            <translation>日结</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Close {day} with a total of {total}? Nothing can be recorded or voided on that day afterwards.</source>
            <translation>确认对 {day} 进行日结，合计 {total}？日结后当天不能再登记收款或作废收据。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{day} is closed.</source>
            <translation>{day} 已日结。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cashier</source>
            <translation>收款员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>营业日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the day…</source>
            <translation>日结…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Closed — read only</source>
            <translation>已日结 — 只读</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>未日结</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{entry}: {n} × &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>{entry}：{n} 笔，共 &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts issued {issued}, voided {voided}</source>
            <translation>开具收据 {issued} 张，作废 {voided} 张</translation>
        </message>
    </context>
    <context>
        <name>CollectionNoteDialog</name>
        <message>
            <location filename="../../app/ui/finance/collection_dialog.py" line="+25" />
            <source>Collection note</source>
            <translation>催款记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{unit} · {customer}: {amount} overdue for {days} days</source>
            <translation>{unit} · {customer}：逾期款 {amount}，已逾期 {days} 天</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note</source>
            <translation>催款情况</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done, what the customer said</source>
            <translation>采取了哪些措施，客户如何答复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next action on</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Follow up</source>
            <translation>跟进计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save note</source>
            <translation>保存记录</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write what was done.</source>
            <translation>请填写催款情况。</translation>
        </message>
    </context>
    <context>
        <name>CommissionColumns</name>
        <message>
            <location filename="../../app/ui/commissions/models.py" line="+43" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation>中介</translation>
        </message>
        <message>
            <location line="+81" />
            <location line="+42" />
            <source>Payee</source>
            <translation>结佣对象</translation>
        </message>
        <message>
            <location line="-41" />
            <location line="+42" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Deals</source>
            <translation>套数</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Received</source>
            <translation>本月回款</translation>
        </message>
        <message>
            <location line="-22" />
            <location line="+23" />
            <source>Commission</source>
            <translation>本月佣金</translation>
        </message>
        <message>
            <location line="-22" />
            <location line="+23" />
            <source>Earned to date</source>
            <translation>累计应得佣金</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyer</source>
            <translation>买受人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contract</source>
            <translation>合同号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contract value</source>
            <translation>合同总价</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>Rate</source>
            <translation>佣金比例</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Cap</source>
            <translation>佣金上限</translation>
        </message>
        <message>
            <location line="+15" />
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
    </context>
    <context>
        <name>CommissionExport</name>
        <message>
            <location filename="../../app/ui/commissions/export.py" line="+39" />
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the commission statements…</source>
            <translation>正在生成佣金结算单…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CommissionsTab</name>
        <message>
            <location filename="../../app/ui/finance/commissions_tab.py" line="+70" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The export was cancelled; no file was written.</source>
            <translation>已取消导出，未生成文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location line="+78" />
            <source>No commission in {month}.</source>
            <translation>{month} 无佣金。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{payee} — {month}</source>
            <translation>{payee} — {month}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deals: {deals} · Received: {received} · Commission: {commission} · Earned to date: {earned}</source>
            <translation>套数：{deals} · 本月回款：{received} · 本月佣金：{commission} · 累计应得佣金：{earned}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export the commission statements to Excel</source>
            <translation>导出佣金结算单到 Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../app/ui/login/connection_dialog.py" line="+124" />
            <source>Enter the server's name or IP address.</source>
            <translation>请输入服务器名称或 IP 地址。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The port must be a number from 1 to 65535.</source>
            <translation>端口必须是 1 到 65535 之间的数字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a valid server address. Type HOST or HOST:PORT, for example 192.168.1.20 or db.office.local:5432.</source>
            <translation>服务器地址格式不正确。请按“主机”或“主机:端口”填写，例如 192.168.1.20 或 db.office.local:5432。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the database name.</source>
            <translation>请输入数据库名称。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Connection</source>
            <translation>连接设置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer (embedded database)</source>
            <translation>本机（内置数据库）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For trying EstateDesk, training, or a single-desk office. The data stays on this computer.</source>
            <translation>适用于试用、培训或只有一台电脑的售楼处，数据保存在本机。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Office server</source>
            <translation>公司服务器</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sales office's shared PostgreSQL server. Ask your administrator for its address.</source>
            <translation>售楼处共用的 PostgreSQL 数据库服务器，地址请向系统管理员索取。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server (host[:port]):</source>
            <translation>服务器（主机[:端口]）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 192.168.1.20 or db.office.local:5432</source>
            <translation>例如 192.168.1.20 或 db.office.local:5432</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <location filename="../../app/ui/shell/connection_indicator.py" line="+42" />
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disconnected</source>
            <translation>连接中断</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../app/ui/customers/contacts_model.py" line="+149" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
    </context>
    <context>
        <name>ContactsSection</name>
        <message>
            <location filename="../../app/ui/customers/contacts_section.py" line="+146" />
            <source>Contact person {number}: {message}</source>
            <translation>第{number}位联系人：{message}</translation>
        </message>
        <message>
            <location line="+76" />
            <source>No contact persons yet: add the people you deal with at this company.</source>
            <translation>暂无联系人，请添加该公司的对接人。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No contact persons recorded.</source>
            <translation>暂无联系人。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Contact persons</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <location filename="../../app/ui/deals/contract_dialog.py" line="+54" />
            <source>Sign the contract (签约)</source>
            <translation>签约</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. HT-2026-0001</source>
            <translation>例如 HT-2026-0001</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyers</source>
            <translation>买受人</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Payment terms</source>
            <translation>付款条件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payment schedule</source>
            <translation>付款计划</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign contract</source>
            <translation>确认签约</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;{unit}&lt;/b&gt; · {customer} · deal total &lt;b&gt;{total}&lt;/b&gt; · deposit paid {deposit} · {method}</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt; · {customer} · 成交总价 &lt;b&gt;{total}&lt;/b&gt; · 已付定金 {deposit} · {method}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Deal {unit} is {stage}: only a subscription can be signed.</source>
            <translation>房源 {unit} 的交易当前为“{stage}”：只有已认购的交易才能签约。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The price waits for approval by: {level}. The contract can be signed once it is approved.</source>
            <translation>价格待审批：{level}。批准后即可签约。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The price was rejected: agree a new price first.</source>
            <translation>价格已被驳回，请先重新议价。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Enter the contract number.</source>
            <translation>请填写合同编号。</translation>
        </message>
    </context>
    <context>
        <name>ContractTerms</name>
        <message>
            <location filename="../../app/ui/deals/contract_terms.py" line="+29" />
            <location line="+2" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location line="+14" />
            <source> month(s)</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location line="+4" />
            <source> month(s) after signing</source>
            <translation> 个月后（自签约起算）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Commercial loan</source>
            <translation>商业贷款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provident fund loan</source>
            <translation>公积金贷款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum down payment</source>
            <translation>最低首付比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instalments</source>
            <translation>分期期数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every</source>
            <translation>每期间隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First</source>
            <translation>首期付款</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoiceModel</name>
        <message>
            <location filename="../../app/ui/chart/customer_model.py" line="+61" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailDialog</name>
        <message>
            <location filename="../../app/ui/customers/detail_dialog.py" line="+233" />
            <source>The customer was saved, but not its contact persons: please correct them and save again.</source>
            <translation>客户资料已保存，但联系人未保存：请修改后再保存一次。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The contact persons could not be shown: {reason}</source>
            <translation>无法显示联系人：{reason}</translation>
        </message>
        <message>
            <location line="+61" />
            <location line="+2" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Customer: {name}</source>
            <translation>客户：{name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consultant: {name}</source>
            <translation>置业顾问：{name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History</source>
            <translation>跟进记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record follow-up</source>
            <translation>填写跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as lost</source>
            <translation>标记为流失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CustomerExport</name>
        <message>
            <location filename="../../app/ui/customers/export_job.py" line="+39" />
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing customers…</source>
            <translation>正在导出客户…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilterBar</name>
        <message>
            <location filename="../../app/ui/customers/filter_bar.py" line="+107" />
            <location line="+51" />
            <location line="+3" />
            <source>All consultants</source>
            <translation>全部置业顾问</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+51" />
            <location line="+3" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Search by name, any digits of the phone, or pinyin initials (zs → 张三)</source>
            <translation>按姓名、手机号任意几位或拼音首字母搜索（zs → 张三）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search by name or pinyin initials (zs → 张三)</source>
            <translation>按姓名或拼音首字母搜索（zs → 张三）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Newest first</source>
            <translation>最新登记在前</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By name</source>
            <translation>按姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By next contact</source>
            <translation>按下次跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By last contact</source>
            <translation>按最近跟进</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By grade</source>
            <translation>按等级</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Visited</source>
            <translation>来访日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>any date</source>
            <translation>不限日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>CustomerLabels</name>
        <message>
            <location filename="../../app/ui/customers/labels.py" line="+14" />
            <source>Visitor</source>
            <translation>来访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reserved</source>
            <translation>认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contracted</source>
            <translation>签约</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lost</source>
            <translation>流失</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in visit</source>
            <translation>上门来访</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Phone call</source>
            <translation>来电</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Return visit</source>
            <translation>复访</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To live in</source>
            <translation>自住</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upgrade</source>
            <translation>改善</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Visit</source>
            <translation>到访</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text message</source>
            <translation>短信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HK/Macau travel permit</source>
            <translation>港澳居民来往内地通行证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taiwan travel permit</source>
            <translation>台湾居民来往大陆通行证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>phone number</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>duty rotation</source>
            <translation>轮岗分配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered</source>
            <translation>登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reassigned</source>
            <translation>转分配</translation>
        </message>
    </context>
    <context>
        <name>CustomerListModel</name>
        <message>
            <location filename="../../app/ui/customers/list_model.py" line="+145" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation>最近跟进</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next contact</source>
            <translation>下次跟进</translation>
        </message>
    </context>
    <context>
        <name>CustomerListScreen</name>
        <message>
            <location filename="../../app/ui/customers/list_screen.py" line="+190" />
            <source>{n} customers</source>
            <translation>共 {n} 位客户</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reassign…</source>
            <translation>转分配…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select exactly two records of the same person</source>
            <translation>请选择同一人的两条记录</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../app/ui/deals/customer_picker.py" line="+35" />
            <source>Search: name, initials (zs) or phone digits</source>
            <translation>搜索：姓名、拼音首字母（zs）或手机号码</translation>
        </message>
        <message>
            <location line="+18" />
            <source>You have no active customers yet. Register the customer first.</source>
            <translation>您还没有有效客户，请先登记客户。</translation>
        </message>
    </context>
    <context>
        <name>CustomerProfileForm</name>
        <message>
            <location filename="../../app/ui/customers/profile_form.py" line="+263" />
            <source>Company name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second phone</source>
            <translation>备用电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Income</source>
            <translation>收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>家庭结构</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Education</source>
            <translation>学历</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Heard of us via</source>
            <translation>认知渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>置业目的</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Layout wanted</source>
            <translation>意向户型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area wanted</source>
            <translation>意向面积</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Identity</source>
            <translation>身份信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Background</source>
            <translation>背景信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Company details</source>
            <translation>企业信息</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Intent</source>
            <translation>购房意向</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customer type:</source>
            <translation>客户类型：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>×10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from</source>
            <translation>最小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>最大</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <location filename="../../app/ui/dashboard/screen.py" line="+249" />
            <source>(no project)</source>
            <translation>（未选项目）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>As of {day}</source>
            <translation>截至 {day}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{n} contracts</source>
            <translation>签约 {n} 套</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+68" />
            <source>Visitors</source>
            <translation>来访</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Queue numbers</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <location line="+37" />
            <source>Subscriptions</source>
            <translation>认购</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+30" />
            <location line="+37" />
            <source>Contracts</source>
            <translation>签约</translation>
        </message>
        <message>
            <location line="-57" />
            <source>Funnel (of the visitors; contracts of the subscriptions)</source>
            <translation>转化漏斗（占来访人数；签约占认购）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sell-through by building (%)</source>
            <translation>各楼栋去化率（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sales trend (10,000 yuan)</source>
            <translation>销售趋势（万元）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+38" />
            <source>Received</source>
            <translation>回款</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Top salespeople (contract value, 10,000 yuan)</source>
            <translation>置业顾问排行（签约金额，万元）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <source>Contract value</source>
            <translation>签约金额</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Channel mix (visitors)</source>
            <translation>渠道构成（来访）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dashboard</source>
            <translation>决策看板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This year</source>
            <translation>本年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contract area</source>
            <translation>签约面积</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_panels.py" line="+132" />
            <source>Deal deadlines</source>
            <translation>交易期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked whenever the sales chart or a deal list opens.</source>
            <translation>每次打开销控图或交易列表时检查。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Small deposit holds the unit</source>
            <translation>小定保留期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subscription signed within</source>
            <translation>认购后签约期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a deadline passes</source>
            <translation>超过期限时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release the unit for sale; the deal lapses</source>
            <translation>释放房源重新待售，交易失效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the unit and flag the deal for the sales manager</source>
            <translation>保留房源，并标记交易提醒销售经理</translation>
        </message>
    </context>
    <context>
        <name>DealActions</name>
        <message>
            <location filename="../../app/ui/deals/detail_actions.py" line="+161" />
            <source>A change is waiting for a decision</source>
            <translation>有变更待审批</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Subscribe…</source>
            <translation>认购…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New price…</source>
            <translation>重新定价…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign contract…</source>
            <translation>签约…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print subscription</source>
            <translation>打印认购书</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mortgage…</source>
            <translation>按揭…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filing / handover / title…</source>
            <translation>备案 / 交房 / 产权登记…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request a change</source>
            <translation>申请变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve discount…</source>
            <translation>批准折扣…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject discount…</source>
            <translation>驳回折扣…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancellation…</source>
            <translation>退房…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exchange unit…</source>
            <translation>换房…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change buyers…</source>
            <translation>更名…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price or payment method…</source>
            <translation>价格或付款方式…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area settlement…</source>
            <translation>面积补差…</translation>
        </message>
    </context>
    <context>
        <name>DealChanges</name>
        <message>
            <location filename="../../app/ui/deals/change_text.py" line="+55" />
            <location line="+7" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="-2" />
            <source>extra discount</source>
            <translation>额外优惠</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no discount</source>
            <translation>无优惠</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {refund}, forfeit {forfeit} of the {received} received.</source>
            <translation>已收 {received}，退款 {refund}，没收定金 {forfeit}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move to unit {unit}: list {list_total}, deal total {total} ({per_m2}/m²).</source>
            <translation>换至房源 {unit}：表价 {list_total}，成交总价 {total}（{per_m2}/㎡）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Discounts: {names}. The money received carries over.</source>
            <translation>优惠：{names}。已收款项转入新交易。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New buyers: {names}.</source>
            <translation>新买受人：{names}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New deal total {total} ({per_m2}/m²), paid by {method}.</source>
            <translation>新成交总价 {total}（{per_m2}/㎡），付款方式：{method}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discounts: {names}.</source>
            <translation>优惠：{names}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This price needs the approval of: {level}.</source>
            <translation>此价格需要审批：{level}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New payment schedule of {n} lines.</source>
            <translation>新付款计划共 {n} 笔。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Measured {measured} against {contract} contracted: {difference} ({ratio}).</source>
            <translation>实测面积 {measured}，合同面积 {contract}：相差 {difference}（{ratio}）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The buyer pays {amount}.</source>
            <translation>买受人补交 {amount}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The developer refunds {amount}{double}.</source>
            <translation>出卖人返还 {amount}{double}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (of which {amount} double)</source>
            <translation>（其中双倍返还 {amount}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The developer bears {amount}.</source>
            <translation>出卖人承担 {amount}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Beyond ±3%: the buyer may cancel with a full refund.</source>
            <translation>误差超过 ±3%：买受人有权退房并获全额退款。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>房源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price per m²</source>
            <translation>成交单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyers</source>
            <translation>买受人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measured area</source>
            <translation>实测面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area settlement</source>
            <translation>面积补差</translation>
        </message>
    </context>
    <context>
        <name>DealDecisions</name>
        <message>
            <location filename="../../app/ui/deals/decisions.py" line="+56" />
            <source>Approve the price of {unit} for {customer}: {total}, approval needed from {level}?</source>
            <translation>批准 {unit}（{customer}）的价格 {total}？需由{level}审批。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Approve discount</source>
            <translation>批准折扣</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reject discount</source>
            <translation>驳回折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject the price of {unit} for {customer}? The salesperson may offer another price or cancel.</source>
            <translation>驳回 {unit}（{customer}）的价格？置业顾问可重新报价或办理退房。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Approved the price of {unit}.</source>
            <translation>已批准 {unit} 的价格。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected the price of {unit}.</source>
            <translation>已驳回 {unit} 的价格。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Approve the {kind} of {unit} ({customer})? It is applied at once.</source>
            <translation>批准 {unit}（{customer}）的{kind}？批准后立即生效。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approve change</source>
            <translation>批准变更</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reject change</source>
            <translation>驳回变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject the {kind} of {unit} ({customer})? The deal stays as it is.</source>
            <translation>驳回 {unit}（{customer}）的{kind}？交易将保持不变。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Approved the {kind} of {unit}.</source>
            <translation>已批准 {unit} 的{kind}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected the {kind} of {unit}.</source>
            <translation>已驳回 {unit} 的{kind}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>DealDetail</name>
        <message>
            <location filename="../../app/ui/deals/detail_sections.py" line="+87" />
            <source>× {percent}%</source>
            <translation>× {percent}%</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{amount} per m²</source>
            <translation>{amount}/㎡</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{area} × {price}/m²</source>
            <translation>{area} × {price}/㎡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per unit</source>
            <translation>按套计价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List total</source>
            <translation>表价总价</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Extra discount</source>
            <translation>额外优惠</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{price}/m²</source>
            <translation>{price}/㎡</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discount approval</source>
            <translation>优惠审批</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Held until</source>
            <translation>保留至</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subscribed on</source>
            <translation>认购日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign by</source>
            <translation>签约期限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{number}, signed {date}</source>
            <translation>{number}，{date} 签约</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Queue number</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ended</source>
            <translation>终止</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Bank</source>
            <translation>贷款银行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} months</source>
            <translation>{n} 个月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>办理进度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>递交日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approved</source>
            <translation>批贷日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disbursed</source>
            <translation>放款日期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{number}, {date}</source>
            <translation>{number}，{date}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Measured area</source>
            <translation>实测面积</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Area settlement</source>
            <translation>面积补差</translation>
        </message>
        <message>
            <location line="+1" />
            <source>buyer pays {amount}</source>
            <translation>买受人补交 {amount}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>developer refunds {amount}</source>
            <translation>出卖人退还 {amount}</translation>
        </message>
    </context>
    <context>
        <name>DealDetailPanel</name>
        <message>
            <location filename="../../app/ui/deals/detail_panel.py" line="+149" />
            <source>Saved the settlement notice to {path}</source>
            <translation>面积补差通知书已保存到 {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This deal is no longer visible to you.</source>
            <translation>该交易已不在您的查看范围内。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{number} · customer {customer} · consultant {consultant}</source>
            <translation>{number} · 客户 {customer} · 置业顾问 {consultant}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exchanged from deal &lt;a href='{id}'&gt;{number}&lt;/a&gt;</source>
            <translation>由交易 &lt;a href='{id}'&gt;{number}&lt;/a&gt; 换房而来</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No price is agreed yet: a small deposit holds the unit.</source>
            <translation>尚未议定价格：当前以小定保留房源。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The buyers are listed when the contract is signed.</source>
            <translation>签约时登记买受人。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The payment schedule is agreed when the contract is signed.</source>
            <translation>付款计划在签约时确定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No mortgage recorded yet.</source>
            <translation>尚未登记按揭信息。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not filed, handed over or registered yet.</source>
            <translation>尚未网签备案、交房或办理产权登记。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Select a deal to see it in full.</source>
            <translation>选择一笔交易查看详情。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Terms</source>
            <translation>交易条款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyers</source>
            <translation>买受人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment schedule</source>
            <translation>付款计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mortgage</source>
            <translation>按揭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filing, handover, title</source>
            <translation>备案、交房、产权登记</translation>
        </message>
    </context>
    <context>
        <name>DealDocuments</name>
        <message>
            <location filename="../../app/ui/deals/settlement_dialog.py" line="+7" />
            <source>Area settlement {unit}.pdf</source>
            <translation>面积补差通知书 {unit}.pdf</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save the settlement notice</source>
            <translation>保存面积补差通知书</translation>
        </message>
    </context>
    <context>
        <name>DealFilterBar</name>
        <message>
            <location filename="../../app/ui/deals/filter_bar.py" line="+136" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Live deals</source>
            <translation>进行中的交易</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ended deals</source>
            <translation>已结束的交易</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All deals</source>
            <translation>全部交易</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search by unit, customer or contract number</source>
            <translation>按房号、客户或合同编号搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deals with a discount or a change waiting for a decision</source>
            <translation>有折扣或变更待审批的交易</translation>
        </message>
    </context>
    <context>
        <name>DealLabels</name>
        <message>
            <location filename="../../app/ui/deals/labels.py" line="+13" />
            <source>Small deposit</source>
            <translation>小定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subscribed</source>
            <translation>已认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contracted</source>
            <translation>已签约</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已退房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lapsed</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exchanged</source>
            <translation>已换房</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Full payment</source>
            <translation>一次性付款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instalments</source>
            <translation>分期付款</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>Commercial loan</source>
            <translation>商业贷款</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Provident fund loan</source>
            <translation>公积金贷款</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Combined loan</source>
            <translation>组合贷款</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not needed</source>
            <translation>无需审批</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Pending approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <location line="+6" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+13" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Cancellation</source>
            <translation>退房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit exchange</source>
            <translation>换房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyer change</source>
            <translation>更名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price change</source>
            <translation>价格变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment method change</source>
            <translation>付款方式变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area settlement</source>
            <translation>面积补差</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Collecting documents</source>
            <translation>资料收集</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>已递交</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disbursed</source>
            <translation>已放款</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Filing</source>
            <translation>网签备案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>交房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title registration</source>
            <translation>产权登记</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sales consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project director</source>
            <translation>项目总监</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down payment</source>
            <translation>首付款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instalment</source>
            <translation>分期款</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Used</source>
            <translation>已转认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded</source>
            <translation>已退筹</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Percentage</source>
            <translation>按比例打折</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fixed amount</source>
            <translation>总价直减</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per m²</source>
            <translation>每㎡直减</translation>
        </message>
    </context>
    <context>
        <name>DealListModel</name>
        <message>
            <location filename="../../app/ui/deals/list_model.py" line="+123" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign by / contract</source>
            <translation>签约期限/合同号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pending change</source>
            <translation>待审变更</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Needs: {level}</source>
            <translation>需{level}审批</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Past its deadline</source>
            <translation>已超过期限</translation>
        </message>
    </context>
    <context>
        <name>DealRejectDialog</name>
        <message>
            <location filename="../../app/ui/deals/decisions.py" line="-90" />
            <source>Required: why, for the salesperson (up to 200 characters)</source>
            <translation>必填：向置业顾问说明驳回原因（最多 200 个字）</translation>
        </message>
    </context>
    <context>
        <name>DealTaskDialog</name>
        <message>
            <location filename="../../app/ui/deals/task_dialog.py" line="+72" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{unit} · {customer}</source>
            <translation>{unit} · {customer}</translation>
        </message>
    </context>
    <context>
        <name>DealsScreen</name>
        <message>
            <location filename="../../app/ui/deals/screen.py" line="+229" />
            <source>There is no project yet. An administrator imports the units first.</source>
            <translation>还没有项目，请系统管理员先导入房源。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{n} deals</source>
            <translation>共 {n} 笔交易</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+7" />
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queue number…</source>
            <translation>排号…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Small deposit…</source>
            <translation>小定…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New subscription…</source>
            <translation>新建认购…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Queue numbers</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Approvals ({n})</source>
            <translation>审批（{n}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsBox</name>
        <message>
            <location filename="../../app/ui/login/demo_accounts_box.py" line="+80" />
            <source>Demo accounts</source>
            <translation>演示账号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The demo project has one account for each role. Click one to fill in the fields, double-click to log in straight away.</source>
            <translation>演示项目为每个岗位准备了一个账号：单击填入用户名和密码，双击直接登录。</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsModel</name>
        <message>
            <location filename="../../app/ui/login/demo_accounts_model.py" line="+57" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>DiscountApprovalModel</name>
        <message>
            <location filename="../../app/ui/deals/approval_models.py" line="-28" />
            <source>Unit</source>
            <translation>房源</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List total</source>
            <translation>表价总价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Below list</source>
            <translation>低于表价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs</source>
            <translation>审批级别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subscribed</source>
            <translation>认购时间</translation>
        </message>
    </context>
    <context>
        <name>DiscountChecks</name>
        <message>
            <location filename="../../app/ui/deals/discount_checks.py" line="+49" />
            <source>This project offers no discounts.</source>
            <translation>本项目暂无优惠。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>× {percent}%</source>
            <translation>× {percent}%</translation>
        </message>
        <message>
            <location line="+2" />
            <source>−¥{amount}/m²</source>
            <translation>−¥{amount}/㎡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>−¥{amount}</source>
            <translation>−¥{amount}</translation>
        </message>
    </context>
    <context>
        <name>DiscountRuleDialog</name>
        <message>
            <location filename="../../app/ui/pricing/discount_rule_dialog.py" line="+48" />
            <source>New discount rule</source>
            <translation>新建优惠规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change discount rule</source>
            <translation>修改优惠规则</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. full97 — lower-case letters, digits, _</source>
            <translation>如 full97，限小写字母、数字和下划线</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deals name the rule by its code: it stays as it is.</source>
            <translation>交易按编码引用该规则，编码不可修改。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 一次性付款97折</source>
            <translation>如：一次性付款97折</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Any payment method</source>
            <translation>不限付款方式</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offered to buyers now</source>
            <translation>当前对客户启用</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Value</source>
            <translation>优惠值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only when paid by</source>
            <translation>限付款方式</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rules apply one after another, lowest order first, each on the price the previous one left.</source>
            <translation>各规则按顺序号从小到大依次计算，每条都在上一条优惠后的价格基础上计算。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The value</source>
            <translation>优惠值</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A percentage lies above 0 and at most 100 (97 for 97折).</source>
            <translation>比例须大于 0 且不超过 100（97折填 97）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A percentage has at most two decimals.</source>
            <translation>比例最多保留两位小数。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>% of the price before it</source>
            <translation>%（按上一步价格）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yuan off the total</source>
            <translation>元（总价直减）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yuan per m² of the area</source>
            <translation>元/㎡（按面积直减）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>= {zhe}: the price × {ratio}</source>
            <translation>= {zhe}：价格 × {ratio}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{amount} off the total</source>
            <translation>总价直减 {amount}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{amount} × the unit's area off the total</source>
            <translation>总价直减 {amount} × 房源面积</translation>
        </message>
    </context>
    <context>
        <name>DiscountRuleModel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_models.py" line="+160" />
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The price before this rule × {ratio}</source>
            <translation>上一步价格 × {ratio}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only for deals paid by {method}</source>
            <translation>仅限{method}的交易</translation>
        </message>
    </context>
    <context>
        <name>DiscountsTab</name>
        <message>
            <location filename="../../app/ui/pricing/discounts_tab.py" line="+166" />
            <source>Saved. New quotes use these ceilings.</source>
            <translation>已保存。新报价将按此折扣权限计算。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved. New deals get these deadlines; the action applies to every deal that passes one.</source>
            <translation>已保存。新交易将采用这些期限；到期处理方式适用于所有超过期限的交易。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Saved the discount limit of {name}.</source>
            <translation>已保存 {name} 的折扣权限。</translation>
        </message>
    </context>
    <context>
        <name>DueFollowupsPanel</name>
        <message>
            <location filename="../../app/ui/customers/due_followups_panel.py" line="+115" />
            <source>Due for follow-up today</source>
            <translation>今日待跟进</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is due today.</source>
            <translation>今天没有待跟进的客户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation>应跟进日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Last contact</source>
            <translation>最近跟进</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../app/ui/common/errors.py" line="+48" />
            <source>An unexpected error happened. The details were written to the log file:
{path}
Please send this file to your administrator.</source>
            <translation>程序发生了意外错误，详细信息已写入日志文件：
{path}
请将此文件发送给系统管理员。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>EstateDesk</source>
            <translation>EstateDesk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <location filename="../../app/ui/deals/change_dialogs.py" line="+83" />
            <source>Request a unit exchange</source>
            <translation>申请换房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{title}: from {unit}, {total} ({method})</source>
            <translation>{title}：原房源 {unit}，{total}（{method}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New unit</source>
            <translation>新房源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the buyer changes unit (required)</source>
            <translation>换房原因（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request exchange</source>
            <translation>申请换房</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose the new unit.</source>
            <translation>请选择新房源。</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/ui/chart/filter_bar.py" line="+97" />
            <source>area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location line="+0" />
            <source>total price</source>
            <translation>总价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The {which} range is impossible: “from” is larger than “to”. It was not applied.</source>
            <translation>{which}范围不成立：起始值大于结束值，未应用此筛选。</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+41" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+41" />
            <source>Total</source>
            <translation>总价</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+40" />
            <source>×10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <location line="-17" />
            <source>{n} of {total} units match</source>
            <translation>符合条件 {n} 套 / 共 {total} 套</translation>
        </message>
        <message>
            <location line="+11" />
            <source>any</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layout</source>
            <translation>户型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>朝向</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>from</source>
            <translation>最小</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>to</source>
            <translation>最大</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>FinanceColumns</name>
        <message>
            <location filename="../../app/ui/finance/columns.py" line="+29" />
            <source>Voided: {reason}</source>
            <translation>已作废：{reason}</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+39" />
            <location line="+34" />
            <location line="+15" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+73" />
            <location line="+15" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+88" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="-86" />
            <location line="+72" />
            <source>Contract</source>
            <translation>合同号</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Stage</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>款项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>应收日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <location line="+15" />
            <location line="+85" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+63" />
            <source>Paid</source>
            <translation>已收</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+63" />
            <source>Outstanding</source>
            <translation>未收</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+16" />
            <source>For</source>
            <translation>款项</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Line</source>
            <translation>序号</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <location line="+81" />
            <source>Paid by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Receipt / voucher</source>
            <translation>收据/退款单号</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>Reference</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Receipt</source>
            <translation>收据编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation>交款人</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+19" />
            <source>Cashier</source>
            <translation>收款员</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Prints</source>
            <translation>打印次数</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Series</source>
            <translation>字轨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbers</source>
            <translation>起止号码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next</source>
            <translation>下一号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voided</source>
            <translation>作废</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+17" />
            <source>Consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Due to date</source>
            <translation>累计应收</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next action</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last note</source>
            <translation>最近催款记录</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bank</source>
            <translation>贷款银行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mortgage stage</source>
            <translation>按揭进度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deals</source>
            <translation>套数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>预计放款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earliest due</source>
            <translation>最早预计到账</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>FinanceLabels</name>
        <message>
            <location filename="../../app/ui/finance/labels.py" line="+18" />
            <source>Deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down payment</source>
            <translation>首付款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>House payment</source>
            <translation>房款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mortgage disbursement</source>
            <translation>按揭放款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maintenance fund</source>
            <translation>维修基金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Collected fees</source>
            <translation>代收费用</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>已领用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handed back</source>
            <translation>已交回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconciled</source>
            <translation>已核销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已注销</translation>
        </message>
    </context>
    <context>
        <name>FinanceScreen</name>
        <message>
            <location filename="../../app/ui/finance/screen.py" line="+143" />
            <source>There is no project yet. An administrator imports the units first.</source>
            <translation>尚无项目，请系统管理员先导入房源。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cashier</source>
            <translation>收款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receipts</source>
            <translation>收据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt books</source>
            <translation>票据本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily close</source>
            <translation>日结</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receivables and collection</source>
            <translation>应收与催款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commissions</source>
            <translation>佣金</translation>
        </message>
    </context>
    <context>
        <name>FollowupDialog</name>
        <message>
            <location filename="../../app/ui/customers/followup_dialog.py" line="+29" />
            <source>Record a follow-up: {name}</source>
            <translation>填写跟进：{name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What was discussed (required)</source>
            <translation>沟通内容（必填）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. wants to see the show flat on Sunday</source>
            <translation>例如：周日想看样板间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact again on</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save follow-up</source>
            <translation>保存跟进</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../app/ui/chart/history_model.py" line="+58" />
            <source>created as {status}</source>
            <translation>建档为{status}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态变化</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../app/ui/shell/home_screen.py" line="+74" />
            <source>Welcome, {name}</source>
            <translation>欢迎您，{name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You are logged in to EstateDesk. Please check that the account and the database below are the right ones.</source>
            <translation>您已登录 EstateDesk。请核对下面的账号和数据库是否正确。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Roles:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Today:</source>
            <translation>今天：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a screen in the list on the left. The list shows the screens your roles may use.</source>
            <translation>请在左侧列表中选择功能。列表只显示您的岗位可以使用的功能。</translation>
        </message>
    </context>
    <context>
        <name>IntakeScreen</name>
        <message>
            <location filename="../../app/ui/intake/intake_screen.py" line="+217" />
            <source>Looking up…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Returning customer: log a visit with Enter.</source>
            <translation>老客户：按回车登记本次来访。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New visitor: fill in the details below.</source>
            <translation>新客户：请填写以下信息。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a complete phone number yet.</source>
            <translation>电话号码尚未输完整。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Registered: {name} → consultant {staff}</source>
            <translation>已登记：{name} → 置业顾问 {staff}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit logged: {name} → consultant {staff}</source>
            <translation>已登记来访：{name} → 置业顾问 {staff}</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Walk-in intake</source>
            <translation>来访登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with the phone number: returning customers are found as you type. Enter registers, Esc starts over.</source>
            <translation>先输入电话号码：输入时会自动查找老客户。按回车登记，按 Esc 重新开始。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Phone number</source>
            <translation>电话号码(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 138 0013 8000 or 0755-81234567</source>
            <translation>例如：138 0013 8000 或 0755-81234567</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visitor</source>
            <translation>来访客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a visit (Enter)</source>
            <translation>登记来访（回车）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register (Enter)</source>
            <translation>登记（回车）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear (Esc)</source>
            <translation>清空（Esc）</translation>
        </message>
    </context>
    <context>
        <name>IssueBookDialog</name>
        <message>
            <location filename="../../app/ui/finance/book_dialogs.py" line="-70" />
            <source>Issue a receipt book</source>
            <translation>领用票据本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue book {book} to a cashier.</source>
            <translation>将票据本 {book} 发给收款员领用。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cashier</source>
            <translation>收款员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issue book</source>
            <translation>确认领用</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the cashier.</source>
            <translation>请选择收款员。</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../../app/ui/finance/ledger_view.py" line="+148" />
            <source>Payment schedule</source>
            <translation>付款计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Money received and paid back</source>
            <translation>收款与退款记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a deal by customer, phone, unit or contract number.</source>
            <translation>按客户、电话、房号或合同号查找交易。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No payment schedule before the contract is signed: the deposit is taken without a schedule line.</source>
            <translation>签约前没有付款计划：收取定金时无需对应款项。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{unit} · {customer}</source>
            <translation>{unit} · {customer}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deal total &lt;b&gt;{v}&lt;/b&gt;</source>
            <translation>成交总价 &lt;b&gt;{v}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid &lt;b&gt;{v}&lt;/b&gt;</source>
            <translation>已收 &lt;b&gt;{v}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outstanding &lt;b&gt;{v}&lt;/b&gt;</source>
            <translation>未收 &lt;b&gt;{v}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deposit agreed &lt;b&gt;{v}&lt;/b&gt;</source>
            <translation>约定定金 &lt;b&gt;{v}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approved refund {v}, left to pay back &lt;b&gt;{left}&lt;/b&gt;</source>
            <translation>批准退款 {v}，待退 &lt;b&gt;{left}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <location filename="../../app/ui/chart/legend_widget.py" line="+89" />
            <source>Click to show only (or also) units that are {status}</source>
            <translation>点击筛选“{status}”房源（可多选）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sell-through (by units)</source>
            <translation>去化率（按套数）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>by area {rate}</source>
            <translation>按面积 {rate}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reserved, contracted and filed units over all released units (not counting those not yet released).</source>
            <translation>去化率 = 认购、签约、已备案房源 ÷ 已推售房源（不含未推房源）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{area} ㎡</source>
            <translation>{area} ㎡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} 万元</source>
            <translation>{value} 万元</translation>
        </message>
    </context>
    <context>
        <name>LevelsPanel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_panels.py" line="-88" />
            <source>no discount</source>
            <translation>无折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down to {zhe}</source>
            <translation>最低至 {zhe}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discount ceilings by level</source>
            <translation>各级别折扣权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The lowest deal price each level may grant alone, as a share of the list price. A deeper discount waits for the next level's approval.</source>
            <translation>各级别可自行批准的最低成交价，以占表价的比例表示。更大的折扣须由上一级审批。</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <location filename="../../app/ui/login/login_window.py" line="+164" />
            <source>Starting the database on this computer…</source>
            <translation>正在启动本机数据库…</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database: not available</source>
            <translation>数据库：不可用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {server}</source>
            <translation>数据库：{server}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>EstateDesk — Log in</source>
            <translation>EstateDesk — 登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales office system — please log in</source>
            <translation>售楼管理系统 — 请登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection…</source>
            <translation>连接设置…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/shell/main_window.py" line="+123" />
            <source>Reconnected to the database.</source>
            <translation>已重新连接数据库。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The connection to the database was lost; reconnecting…</source>
            <translation>与数据库的连接已中断，正在重新连接…</translation>
        </message>
        <message>
            <location line="+85" />
            <source>EstateDesk — {name}</source>
            <translation>EstateDesk 售楼管理系统 — {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} ({login})</source>
            <translation>{name}（{login}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Database: {server}</source>
            <translation>数据库：{server}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;System</source>
            <translation>系统(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>ManagerActions</name>
        <message>
            <location filename="../../app/ui/customers/manager_actions.py" line="+48" />
            <source>{n} customer(s) reassigned to {name}.</source>
            <translation>已将 {n} 位客户转给 {name}。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select exactly two records of the same person to merge them.</source>
            <translation>请选择同一人的两条记录进行合并。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Merged into {name}.</source>
            <translation>已合并到 {name}。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>customers.xlsx</source>
            <translation>客户.xlsx</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Exported {n} customers to {path}</source>
            <translation>已导出 {n} 位客户到 {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，未写入文件。</translation>
        </message>
    </context>
    <context>
        <name>MarkLostDialog</name>
        <message>
            <location filename="../../app/ui/customers/lost_dialog.py" line="+17" />
            <source>Mark as lost: {name}</source>
            <translation>标记为流失：{name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The customer leaves the follow-up list. Their history stays.</source>
            <translation>该客户将移出跟进名单，历史记录保留。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a reason…</source>
            <translation>请选择原因…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Optional note</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mark as lost</source>
            <translation>标记为流失</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../app/ui/customers/merge_dialog.py" line="+19" />
            <source>Merge two customers</source>
            <translation>合并两位客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which record do you keep?</source>
            <translation>保留哪一条记录？</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The other record's visits, follow-ups and history move to the one you keep; empty fields are filled from it. This cannot be undone.</source>
            <translation>另一条记录的来访、跟进和历史将并入保留的记录，空白字段由其补全。此操作不可撤销。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{name}  ·  {phone}  ·  {staff}  ·  registered {date}</source>
            <translation>{name}  ·  {phone}  ·  {staff}  ·  {date} 登记</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="../../app/ui/deals/milestone_dialog.py" line="+34" />
            <source>Filing, handover and title</source>
            <translation>备案、交房与产权登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{title} — contract {number}, signed {date}</source>
            <translation>{title} — 合同 {number}，{date} 签约</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Letters, digits and dashes, e.g. BA-2026-0815</source>
            <translation>字母、数字和短横线，如 BA-2026-0815</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Milestone</source>
            <translation>办理事项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filing number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>登记</translation>
        </message>
    </context>
    <context>
        <name>MortgageDialog</name>
        <message>
            <location filename="../../app/ui/deals/mortgage_dialog.py" line="+31" />
            <source>Mortgage</source>
            <translation>按揭</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {method}, deal total {total}</source>
            <translation>{title} — {method}，成交总价 {total}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. 中国建设银行 城西支行</source>
            <translation>如：中国建设银行 城西支行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at most {ceiling}</source>
            <translation>最多 {ceiling}</translation>
        </message>
        <message>
            <location line="+8" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Bank</source>
            <translation>贷款银行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loan amount (¥)</source>
            <translation>贷款金额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Term</source>
            <translation>贷款期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>办理进度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted on</source>
            <translation>递交日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved on</source>
            <translation>批贷日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disbursed on</source>
            <translation>放款日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save mortgage</source>
            <translation>保存按揭</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter the loan amount.</source>
            <translation>请输入贷款金额。</translation>
        </message>
    </context>
    <context>
        <name>MultiSelectButton</name>
        <message>
            <location filename="../../app/ui/chart/multi_select.py" line="+100" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title}: {chosen}</source>
            <translation>{title}：{chosen}</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../app/ui/finance/payment_dialog.py" line="+49" />
            <source>Take a payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{unit} · {customer} — deal total {total}</source>
            <translation>{unit} · {customer} — 成交总价 {total}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Bank slip, card voucher or cheque number</source>
            <translation>银行回单号、刷卡凭条号或支票号</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For</source>
            <translation>收款类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule line</source>
            <translation>对应款项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid on</source>
            <translation>交款日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take payment</source>
            <translation>确认收款</translation>
        </message>
        <message>
            <location line="+17" />
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{no}. {kind}, due {due}, {left} outstanding</source>
            <translation>{no}. {kind}，{due} 到期，未收 {left}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
    </context>
    <context>
        <name>PencilDialog</name>
        <message>
            <location filename="../../app/ui/chart/pencil_dialog.py" line="+35" />
            <source>Pencil in unit {code}</source>
            <translation>预留房源 {code}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;{building} {room}&lt;/b&gt; · {layout} · {area} · {total}</source>
            <translation>&lt;b&gt;{building} {room}&lt;/b&gt; · {layout} · {area} · {total}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search: name, initials (zs) or phone digits</source>
            <translation>搜索：姓名、拼音首字母（如 zs）或手机号码</translation>
        </message>
        <message>
            <location line="+15" />
            <source>You have no active customers yet. Register the customer first, then pencil the unit in for them.</source>
            <translation>您名下还没有有效客户。请先登记客户，再为其预留房源。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pencil in</source>
            <translation>预留</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{h} h</source>
            <translation>{h} 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{m} min</source>
            <translation>{m} 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit is held for {span}, until about {time}; then it becomes available again by itself unless a deposit is taken.</source>
            <translation>房源将保留 {span}，约至 {time}；到期未交定金将自动释放为待售。</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderScreen</name>
        <message>
            <location filename="../../app/ui/shell/placeholder_screen.py" line="+55" />
            <source>This screen arrives with a later release of EstateDesk. Nothing here is in use yet.</source>
            <translation>此功能将在 EstateDesk 的后续版本中提供，目前尚未启用。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../app/ui/pricing/plan_editor.py" line="+153" />
            <location line="+139" />
            <source>Other layouts</source>
            <translation>其他户型</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+136" />
            <source>Layout</source>
            <translation>户型</translation>
        </message>
        <message>
            <location line="-133" />
            <location line="+140" />
            <source>All buildings</source>
            <translation>全部楼栋</translation>
        </message>
        <message>
            <location line="-138" />
            <source>{name} ({n} units)</source>
            <translation>{name}（{n} 套）</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Base price of {layout}</source>
            <translation>“{layout}”的基准单价</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter a base unit price for at least one layout, or for “Other layouts”.</source>
            <translation>请至少填写一个户型的基准单价，或填写“其他户型”的单价。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No base price for {layouts}: enter one, or a price for “Other layouts”.</source>
            <translation>{layouts}没有基准单价：请填写，或填写“其他户型”的单价。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no layout)</source>
            <translation>（未填户型）</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+66" />
            <source>Start floor</source>
            <translation>起始楼层</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Coefficient at the start floor</source>
            <translation>起始系数</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>Step per floor</source>
            <translation>每层增减</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+69" />
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Floor {floor} is listed twice.</source>
            <translation>{floor}层重复填写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coefficient of floor {floor}</source>
            <translation>{floor}层系数</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Coefficient of {orientation}</source>
            <translation>{orientation}朝向系数</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Price plan {date}</source>
            <translation>价格方案 {date}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Base price ({unit})</source>
            <translation>基准单价（{unit}）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Base unit price</source>
            <translation>基准单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per layout; an empty layout is priced as “Other layouts”.</source>
            <translation>按户型填写；留空的户型按“其他户型”计价。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Floor coefficient</source>
            <translation>楼层系数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coefficient there</source>
            <translation>起始系数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each floor above adds the step, each floor below subtracts it; floors listed below are set directly.</source>
            <translation>起始楼层以上每层加一个增减值，以下每层减一个；特殊楼层直接按所填系数。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Special floors</source>
            <translation>特殊楼层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation coefficient</source>
            <translation>朝向系数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An empty orientation counts as 1.</source>
            <translation>留空的朝向系数按 1 计。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Coefficient</source>
            <translation>系数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Orientation</source>
            <translation>朝向</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a special floor</source>
            <translation>添加特殊楼层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected floor</source>
            <translation>删除选中的楼层</translation>
        </message>
    </context>
    <context>
        <name>PlanListModel</name>
        <message>
            <location filename="../../app/ui/pricing/plan_list_model.py" line="+72" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Submitted by</source>
            <translation>提交人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted at</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Units</source>
            <translation>套数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>执行结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Decided by {who}</source>
            <translation>审批人：{who}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{applied} adjusted, {skipped} kept (sold)</source>
            <translation>已调整 {applied} 套，{skipped} 套已售保持原价</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{applied} adjusted</source>
            <translation>已调整 {applied} 套</translation>
        </message>
    </context>
    <context>
        <name>PlanNameDialog</name>
        <message>
            <location filename="../../app/ui/pricing/name_dialog.py" line="+19" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new list prices of {n} unit(s) go to a sales manager other than you, or an administrator, for approval; prices change only when it is approved.</source>
            <translation>{n} 套房源的新表价将提交给您以外的销售经理或系统管理员审批，批准后表价才会改变。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} sold or unpriced unit(s) are left out.</source>
            <translation>另有 {n} 套已售或未定价的房源不在本次方案内。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. Launch prices, building 3</source>
            <translation>如：3号楼开盘价</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plan name</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Submit</source>
            <translation>提交</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <location filename="../../app/ui/pricing/plans_tab.py" line="+152" />
            <source>{n} plans</source>
            <translation>共 {n} 个方案</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Approve price plan</source>
            <translation>批准价格方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve “{name}”? The list prices of its {n} unit(s) change now; units sold since it was submitted keep their price.</source>
            <translation>批准“{name}”？方案中 {n} 套房源的表价将立即调整；提交后已售出的房源保持原价。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Rejected “{name}”; list prices stay as they were.</source>
            <translation>已驳回“{name}”，表价保持不变。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approved “{name}”: {applied} units adjusted, {skipped} sold units kept their price.</source>
            <translation>已批准“{name}”：已调整 {applied} 套，{skipped} 套已售保持原价。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approved “{name}”: {applied} units adjusted.</source>
            <translation>已批准“{name}”：已调整 {applied} 套。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Submitted plans</source>
            <translation>已提交的方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject…</source>
            <translation>驳回…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No price plan has been submitted for this project yet.</source>
            <translation>本项目尚未提交价格方案。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved by a sales manager other than the author, or an administrator</source>
            <translation>须由提交人以外的销售经理或系统管理员审批</translation>
        </message>
    </context>
    <context>
        <name>PriceChangeModel</name>
        <message>
            <location filename="../../app/ui/pricing/change_model.py" line="+162" />
            <source>Old price</source>
            <translation>原价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New price</source>
            <translation>新价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Old unit price</source>
            <translation>原单价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New unit price</source>
            <translation>新单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Layout</source>
            <translation>户型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Old total</source>
            <translation>原总价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New total</source>
            <translation>新总价</translation>
        </message>
        <message>
            <location line="+6" />
            <source>¥ per unit</source>
            <translation>元/套</translation>
        </message>
        <message>
            <location line="+0" />
            <source>¥ per m²</source>
            <translation>元/㎡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>¥</source>
            <translation>元</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change of the total, ¥ (and %)</source>
            <translation>总价变动，元（及百分比）</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Change</source>
            <translation>变动</translation>
        </message>
    </context>
    <context>
        <name>PriceMapPanel</name>
        <message>
            <location filename="../../app/ui/pricing/price_map_panel.py" line="+183" />
            <source>{name} ({n} units)</source>
            <translation>{name}（{n} 套）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New unit price, yuan/unit</source>
            <translation>新单价，元/套</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New unit price, yuan/m²</source>
            <translation>新单价，元/㎡</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped: price kept</source>
            <translation>跳过：保持原价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in this trial</source>
            <translation>不在本次试算范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paler is cheaper, darker is dearer: the same colour is the same price in every building.</source>
            <translation>颜色越浅越便宜，越深越贵；各楼栋同一颜色即同一价格。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unit to show.</source>
            <translation>没有可显示的房源。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smaller cells (Ctrl + mouse wheel)</source>
            <translation>缩小格子（Ctrl + 鼠标滚轮）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Larger cells (Ctrl + mouse wheel)</source>
            <translation>放大格子（Ctrl + 鼠标滚轮）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit the building to the view (Ctrl+0)</source>
            <translation>整栋楼适应窗口（Ctrl+0）</translation>
        </message>
    </context>
    <context>
        <name>PriceMapView</name>
        <message>
            <location filename="../../app/ui/pricing/price_map_view.py" line="+274" />
            <source>yuan/unit</source>
            <translation>元/套</translation>
        </message>
        <message>
            <location line="+0" />
            <source>yuan/m²</source>
            <translation>元/㎡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit price ({unit})</source>
            <translation>单价（{unit}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total (yuan)</source>
            <translation>总价（元）</translation>
        </message>
    </context>
    <context>
        <name>PricedChangeDialog</name>
        <message>
            <location filename="../../app/ui/deals/change_dialogs.py" line="-103" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Discounts</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Extra discount (¥)</source>
            <translation>额外优惠（¥）</translation>
        </message>
    </context>
    <context>
        <name>PricingInputs</name>
        <message>
            <location filename="../../app/ui/pricing/inputs.py" line="+36" />
            <location line="+23" />
            <source>{what}: enter a number.</source>
            <translation>{what}：请填写数字。</translation>
        </message>
        <message>
            <location line="-16" />
            <source>{what}: “{text}” is not a number.</source>
            <translation>{what}：“{text}”不是数字。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{what} must be greater than zero.</source>
            <translation>{what}必须大于零。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} is too large.</source>
            <translation>{what}过大。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{what}: “{text}” is not a floor number.</source>
            <translation>{what}：“{text}”不是楼层号。</translation>
        </message>
    </context>
    <context>
        <name>PricingLabels</name>
        <message>
            <location filename="../../app/ui/pricing/labels.py" line="+15" />
            <source>Price plan</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjustment</source>
            <translation>调价</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pending approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold: keeps its price</source>
            <translation>已售：保持原价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No list price</source>
            <translation>未定价</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Subscribed or contracted: the price agreed with the buyer stays.</source>
            <translation>已认购或已签约：保持与客户约定的价格。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This unit has no list price yet: an adjustment needs one to start from.</source>
            <translation>该房源尚无表价，无法在其基础上调价。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Priced by gross area</source>
            <translation>按建筑面积计价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priced by inner area</source>
            <translation>按套内面积计价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priced per unit</source>
            <translation>按套计价</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rounded to the yuan</source>
            <translation>取整到元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rounded to the jiao</source>
            <translation>取整到角</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rounded to the fen</source>
            <translation>取整到分</translation>
        </message>
        <message>
            <location line="+3" />
            <source>half up</source>
            <translation>四舍五入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down</source>
            <translation>舍去</translation>
        </message>
        <message>
            <location line="+1" />
            <source>up</source>
            <translation>进位</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>总价</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{basis} · {at} {unit} ({mode})</source>
            <translation>{basis} · {at}{unit}（{mode}）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>¥/unit</source>
            <translation>元/套</translation>
        </message>
        <message>
            <location line="+1" />
            <source>¥/m²</source>
            <translation>元/㎡</translation>
        </message>
    </context>
    <context>
        <name>PricingScreen</name>
        <message>
            <location filename="../../app/ui/pricing/screen.py" line="+166" />
            <source>There is no project yet. An administrator imports the units first.</source>
            <translation>还没有项目。请系统管理员先导入房源。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Price plans</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Define list prices, try them on the units, submit them for approval.</source>
            <translation>制定表价，按房源试算，提交审批；批准后才会改变未售房源的表价。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price plans and adjustments submitted for this project, and what was decided.</source>
            <translation>本项目已提交的价格方案和调价，以及审批结果。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Price plan</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjustment</source>
            <translation>调价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discounts</source>
            <translation>优惠设置</translation>
        </message>
    </context>
    <context>
        <name>PrintJobs</name>
        <message>
            <location filename="../../app/ui/finance/printing.py" line="+134" />
            <source>Receipt {no} printed as a copy (副本).</source>
            <translation>收据 {no} 已按副本打印。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt {no} printed.</source>
            <translation>收据 {no} 已打印。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Printing cancelled: nothing was printed.</source>
            <translation>已取消打印，未打印任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There are no receipts to print on {day}.</source>
            <translation>{day} 没有可打印的收据。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The receipts of {day} printed ({n} pages).</source>
            <translation>{day} 的收据已打印（共 {n} 页）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing of {unit} is overdue: no letter printed.</source>
            <translation>{unit} 没有逾期款项，未打印催款函。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reminder letter for {unit} printed.</source>
            <translation>{unit} 的催款函已打印。</translation>
        </message>
    </context>
    <context>
        <name>ProjectChooser</name>
        <message>
            <location filename="../../app/ui/chart/screen_data.py" line="+65" />
            <source>There is no project yet. An administrator imports the units with 'estatedesk-admin units import'.</source>
            <translation>还没有项目。请系统管理员用 'estatedesk-admin units import' 导入房源。</translation>
        </message>
        <message>
            <location line="+72" />
            <source>all buildings</source>
            <translation>全部楼栋</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../app/ui/deals/queue_model.py" line="+83" />
            <source>No.</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Intention fee</source>
            <translation>诚意金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation>排号时间</translation>
        </message>
    </context>
    <context>
        <name>QueueTab</name>
        <message>
            <location filename="../../app/ui/deals/queue_tab.py" line="+50" />
            <source>Show used and refunded numbers</source>
            <translation>显示已转认购和已退筹的排号</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issue number…</source>
            <translation>发放排号…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subscribe…</source>
            <translation>认购…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The customer's turn: reserve the unit they choose, using this queue number</source>
            <translation>轮到该客户选房：凭此排号认购其所选房源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refund…</source>
            <translation>退筹…</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Refund queue number</source>
            <translation>退筹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund the intention fee of {fee} to {name} and give up number {number}?
Please give the reason.</source>
            <translation>向 {name} 退还诚意金 {fee}，并作废第 {number} 号排号？
请填写原因。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Customer changed their mind</source>
            <translation>客户改变主意</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bought elsewhere</source>
            <translation>已在别处购房</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Financing failed</source>
            <translation>资金未落实</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The queue number was refunded.</source>
            <translation>已退筹。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{n} active numbers · intention fees {total}</source>
            <translation>有效排号 {n} 个 · 诚意金合计 {total}</translation>
        </message>
    </context>
    <context>
        <name>QueueTicketDialog</name>
        <message>
            <location filename="../../app/ui/deals/queue_dialog.py" line="+34" />
            <source>Queue number (排号)</source>
            <translation>排号（认筹）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>yuan, e.g. 20000</source>
            <translation>元，如 20000</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Intention fee (诚意金)</source>
            <translation>诚意金</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Issue number</source>
            <translation>发放排号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no project to issue numbers for.</source>
            <translation>没有可排号的项目。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{project}&lt;/b&gt; — the next free number is given automatically.</source>
            <translation>&lt;b&gt;{project}&lt;/b&gt; — 系统自动分配下一个可用排号。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the intention fee.</source>
            <translation>请输入诚意金。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No. {number}</source>
            <translation>第 {number} 号</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queue number {number} issued to {name}.</source>
            <translation>已为 {name} 发放排号：第 {number} 号。</translation>
        </message>
    </context>
    <context>
        <name>QuotePanel</name>
        <message>
            <location filename="../../app/ui/deals/quote_panel.py" line="+53" />
            <source>Price</source>
            <translation>报价</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a unit to see its price.</source>
            <translation>选择房源后显示价格。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Calculating…</source>
            <translation>计算中…</translation>
        </message>
        <message>
            <location line="+75" />
            <source>List total ({area})</source>
            <translation>表价总价（{area}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Extra discount</source>
            <translation>额外优惠</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Total discount ({percent}%)</source>
            <translation>优惠合计（{percent}%）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{price} per m² of {area} · {ratio}% of the list price</source>
            <translation>成交单价 {price}/㎡（面积 {area}）· 为表价的 {ratio}%</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Deal total {amount}</source>
            <translation>成交总价 {amount}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Needs approval by: {level}. The unit is reserved at once; the contract can be signed once the price is approved.</source>
            <translation>需{level}审批。房源立即锁定为认购，价格批准后方可签约。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Within your discount limit: no approval needed.</source>
            <translation>在您的折扣权限内，无需审批。</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../app/ui/chart/reason_dialog.py" line="+31" />
            <source>Kept for a VIP customer</source>
            <translation>为重要客户保留</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price adjustment</source>
            <translation>价格调整</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Released later</source>
            <translation>后期推售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Construction or quality issue</source>
            <translation>工程或质量原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Required, up to 200 characters</source>
            <translation>必填，最多 200 个字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional, up to 200 characters</source>
            <translation>选填，最多 200 个字</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{n}/200 characters</source>
            <translation>{n}/200 字</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../../app/ui/customers/reassign_dialog.py" line="+15" />
            <source>Reassign customers</source>
            <translation>转分配客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} customer(s) selected. Their visits and follow-ups go with them.</source>
            <translation>已选 {n} 位客户，其来访与跟进记录一并转移。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a consultant…</source>
            <translation>请选择置业顾问…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. consultant on leave</source>
            <translation>例如：置业顾问休假</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New consultant</source>
            <translation>新置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reassign</source>
            <translation>转分配</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsTab</name>
        <message>
            <location filename="../../app/ui/finance/receipts_tab.py" line="+122" />
            <location line="+99" />
            <source>All cashiers</source>
            <translation>全部收款员</translation>
        </message>
        <message>
            <location line="-43" />
            <source>{n} receipts, {v} voided — {total}</source>
            <translation>共 {n} 张收据，作废 {v} 张 — 合计 {total}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Day</source>
            <translation>营业日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cashier</source>
            <translation>收款员</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reprint</source>
            <translation>重打</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the day's receipts…</source>
            <translation>打印当日收据…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel printing</source>
            <translation>取消打印</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesTab</name>
        <message>
            <location filename="../../app/ui/finance/receivables_tab.py" line="+32" />
            <source>1–30 days</source>
            <translation>1–30 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>31–60 days</source>
            <translation>31–60 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>61–90 days</source>
            <translation>61–90 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over 90 days</source>
            <translation>90 天以上</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue in total</source>
            <translation>逾期合计</translation>
        </message>
        <message>
            <location line="+125" />
            <source>Note saved for {unit}.</source>
            <translation>已保存 {unit} 的催款记录。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Receivables by deal</source>
            <translation>应收明细</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Collection list</source>
            <translation>催款清单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mortgage disbursements expected</source>
            <translation>预计按揭放款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add note…</source>
            <translation>添加催款记录…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminder letter…</source>
            <translation>催款函…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{n} deals</source>
            <translation>{n} 套</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{n} deals — due to date {due}, paid {paid}, outstanding {out}, overdue {over}</source>
            <translation>{n} 套 — 累计应收 {due}，已收 {paid}，未收 {out}，逾期 {over}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Expected from the banks: {total}</source>
            <translation>预计银行放款：{total}</translation>
        </message>
    </context>
    <context>
        <name>ReconcileBookDialog</name>
        <message>
            <location filename="../../app/ui/finance/book_dialogs.py" line="+11" />
            <source>Reconcile a receipt book</source>
            <translation>核销票据本</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reconcile book {book}: {used} used, {voided} voided.</source>
            <translation>核销票据本 {book}：已用 {used} 张，作废 {voided} 张。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} unused numbers ({first}–{last}) will be recorded voided.</source>
            <translation>{n} 个未用号码（{first}–{last}）将登记为作废。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every number of the book was used.</source>
            <translation>本票据本的号码已全部用完。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconcile</source>
            <translation>核销</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../app/ui/finance/refund_dialog.py" line="+26" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{unit} · {customer} — cancelled</source>
            <translation>{unit} · {customer} — 已退房</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved refund {approved}; paid back {paid}; left {left}.</source>
            <translation>批准退款 {approved}，已退 {paid}，待退 {left}。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>at most {left}</source>
            <translation>最多 {left}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bank slip or cheque number</source>
            <translation>银行回单号或支票号</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid by</source>
            <translation>退款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay refund</source>
            <translation>确认退款</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
    </context>
    <context>
        <name>RegisterBookDialog</name>
        <message>
            <location filename="../../app/ui/finance/book_dialogs.py" line="-86" />
            <source>Register a receipt book</source>
            <translation>登记票据本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The series and the numbers printed on the book.</source>
            <translation>请填写票据本上印制的字轨和号码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. SJ</source>
            <translation>如：SJ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Series</source>
            <translation>字轨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First number</source>
            <translation>起始号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last number</source>
            <translation>终止号码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register book</source>
            <translation>登记</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} numbers</source>
            <translation>共 {n} 个号码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the series printed on the book.</source>
            <translation>请输入票据本上印制的字轨。</translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message>
            <location filename="../../app/ui/pricing/reject_dialog.py" line="+18" />
            <source>Reject price plan</source>
            <translation>驳回价格方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject “{name}”? List prices stay as they are.</source>
            <translation>驳回“{name}”？表价保持不变。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Required: why, for the author (up to 200 characters)</source>
            <translation>必填：驳回原因，提交人可以看到（200 字以内）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
    </context>
    <context>
        <name>RenameDialog</name>
        <message>
            <location filename="../../app/ui/deals/change_dialogs.py" line="+175" />
            <source>Request a change of buyers</source>
            <translation>申请更名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{title}: contract {number}</source>
            <translation>{title}：合同 {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Buyers</source>
            <translation>买受人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. adding the spouse (required)</source>
            <translation>例如：加上配偶（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request change</source>
            <translation>提交申请</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <location filename="../../app/ui/reports/export.py" line="+62" />
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the report…</source>
            <translation>正在写入报表…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <location filename="../../app/ui/reports/screen.py" line="+51" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sell-through and inventory</source>
            <translation>去化与库存</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Money</source>
            <translation>回款与应收</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visitors and customers</source>
            <translation>来访与客户</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Staff and audit</source>
            <translation>人员与审计</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other reports</source>
            <translation>其他报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By day</source>
            <translation>按日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By week</source>
            <translation>按周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location line="+181" />
            <source>The export was cancelled.</source>
            <translation>已取消导出。</translation>
        </message>
        <message>
            <location line="+154" />
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Project: {name}</source>
            <translation>项目：{name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Building: {name}</source>
            <translation>楼栋：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Salesperson: {name}</source>
            <translation>置业顾问：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Channel: {name}</source>
            <translation>渠道：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period: {first} to {last}</source>
            <translation>期间：{first} 至 {last}</translation>
        </message>
        <message>
            <location line="+58" />
            <source>(no project)</source>
            <translation>（未选项目）</translation>
        </message>
        <message>
            <location line="+105" />
            <source>{name} (inactive)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{n} rows</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} rows exported to {file}.</source>
            <translation>已导出 {n} 行到 {file}。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All buildings</source>
            <translation>全部楼栋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All salespeople</source>
            <translation>全部置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Campaign costs…</source>
            <translation>市场活动费用…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What each campaign cost, for the channel cost and result report</source>
            <translation>录入各项市场活动的费用，用于渠道投入产出报表</translation>
        </message>
    </context>
    <context>
        <name>ReserveDialog</name>
        <message>
            <location filename="../../app/ui/deals/reserve_form.py" line="+39" />
            <source>yuan, e.g. 50000</source>
            <translation>元，例如 50000</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unit</source>
            <translation>房源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queue number</source>
            <translation>排号</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A new price for the subscription of {date}: the deposit, the deadline and the queue number stay.</source>
            <translation>为 {date} 的认购重新定价：定金、签约期限和排号保持不变。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Converts the small deposit of {amount} paid on {date}.</source>
            <translation>由 {date} 所交小定 {amount} 转为认购。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unit {code} is {status}: you cannot reserve it now.</source>
            <translation>房源 {code} 当前为“{status}”，暂不能认购。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No. {number} · intention fee {fee}</source>
            <translation>第 {number} 号 · 诚意金 {fee}</translation>
        </message>
    </context>
    <context>
        <name>ReturningCard</name>
        <message>
            <location filename="../../app/ui/intake/returning_card.py" line="+69" />
            <source>Returning customer — already registered</source>
            <translation>老客户 — 已登记过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a visit</source>
            <translation>登记来访</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consultant: {name}</source>
            <translation>置业顾问：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} more with this phone</source>
            <translation>该号码另有 {n} 位客户</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="+17" />
            <source>Receptionist</source>
            <translation>前台接待</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales consultant</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales manager</source>
            <translation>销售经理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Executive</source>
            <translation>决策层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Property service</source>
            <translation>物业客服</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location line="+27" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <location filename="../../app/ui/intake/roster_dialog.py" line="+29" />
            <source>Today's duty rotation</source>
            <translation>今日轮岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick who is on duty today and put them in the order they take new visitors.</source>
            <translation>勾选今天在岗的置业顾问，并按接待新客户的顺序排列。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>RotationPanel</name>
        <message>
            <location filename="../../app/ui/intake/rotation_panel.py" line="+84" />
            <source>Today's rotation</source>
            <translation>今日轮岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set today's order…</source>
            <translation>设置今日顺序…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>next</source>
            <translation>下一位</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No rotation is set for today. Set the order before the first visitor arrives.</source>
            <translation>今天尚未排轮岗，请在第一位客户到访前设置顺序。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No rotation is set for today: ask a sales manager to set it before registering new visitors.</source>
            <translation>今天尚未排轮岗，登记新客户前请销售经理先设置。</translation>
        </message>
    </context>
    <context>
        <name>RulesPanel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_rules_panel.py" line="+211" />
            <source>Saved “{name}”.</source>
            <translation>已保存“{name}”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is no longer offered; deals agreed with it keep their price.</source>
            <translation>“{name}”已停用；已按此优惠成交的交易保持原价。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{active} active of {n}</source>
            <translation>已启用 {active} / 共 {n} 条</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No rule is active: the deal price is the list price.</source>
            <translation>没有启用的优惠规则：成交价即表价。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Example: {list} list ({area} m²) → after all {n} active rules in order → {deal} ({percent} of list)</source>
            <translation>示例：表价 {list}（{area} ㎡）→ 依次执行全部 {n} 条启用规则 → {deal}（表价的 {percent}）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Discount rules</source>
            <translation>优惠规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied in this order, each on the price the one before left. A rule for one payment method applies only to deals paid that way.</source>
            <translation>按此顺序执行，每条规则在上一条的结果上计算。限定付款方式的规则只对该付款方式的交易生效。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New rule…</source>
            <translation>新建规则…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <location filename="../../app/ui/commissions/rules_panel.py" line="+53" />
            <source>Commission rules</source>
            <translation>佣金规则</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation>中介</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Agency name</source>
            <translation>中介名称</translation>
        </message>
        <message>
            <location line="+7" />
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Until</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New rule</source>
            <translation>新建规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save rule</source>
            <translation>保存规则</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Payee</source>
            <translation>结佣对象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rate</source>
            <translation>佣金比例</translation>
        </message>
        <message>
            <location line="+120" />
            <source>Saved. The statements follow the new rule.</source>
            <translation>已保存，佣金结算单将按新规则计算。</translation>
        </message>
    </context>
    <context>
        <name>SaleActions</name>
        <message>
            <location filename="../../app/ui/deals/sale_actions.py" line="+86" />
            <source>Save the subscription form</source>
            <translation>保存认购书</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <location filename="../../app/ui/deals/schedule_editor.py" line="+62" />
            <source>Add line</source>
            <translation>添加款项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove line</source>
            <translation>删除款项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the template again</source>
            <translation>重新套用模板</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Sum {sum} = deal total {total} ✓</source>
            <translation>合计 {sum} = 成交总价 {total} ✓</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sum {sum} vs deal total {total}: {rest} {what}</source>
            <translation>合计 {sum}，成交总价 {total}：{what} {rest}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>missing</source>
            <translation>还差</translation>
        </message>
        <message>
            <location line="+0" />
            <source>too much</source>
            <translation>超出</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <location filename="../../app/ui/deals/schedule_model.py" line="+89" />
            <source>{kind} (paid)</source>
            <translation>{kind}（已付）</translation>
        </message>
        <message>
            <location line="+52" />
            <source>An amount must be above zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Payment</source>
            <translation>款项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due date</source>
            <translation>应付日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../app/ui/shell/screens.py" line="+80" />
            <source>Home</source>
            <translation>工作台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dashboard</source>
            <translation>决策看板</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Today, this week, month and year at a glance: sales, collections, sell-through, funnel and trend.</source>
            <translation>今日、本周、本月、本年一览：销售、回款、去化、转化漏斗与趋势。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sales chart</source>
            <translation>销控图</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every unit of a building on one grid, coloured by status: pencil in, hold and release units.</source>
            <translation>一栋楼的全部房源一图尽览，按状态着色：预留、销控与解控房源。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Walk-in intake</source>
            <translation>来访登记</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register visitors and callers by phone number; today's duty rotation.</source>
            <translation>按电话号码登记来访、来电客户；今日轮岗。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visits and calls, customer records, follow-ups and grades.</source>
            <translation>来访来电登记、客户档案、跟进记录与客户分级。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Subscriptions, contracts, payment plans, cancellations and exchanges.</source>
            <translation>认购、签约、付款计划、退房与换房。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pricing</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price plans and bulk adjustments: try them on the units, submit, approve.</source>
            <translation>价格方案与批量调价：按房源试算、提交、审批。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receipts, receipt books, receivables and the daily reconciliation.</source>
            <translation>收据、票据本、应收款与每日日结。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sell-through, sales and collections, visitor conversion; export to Excel.</source>
            <translation>去化率、销售与回款、来访转化分析，可导出 Excel。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>客服物业</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Owners' requests, complaints and repairs, property fees.</source>
            <translation>业主咨询、投诉与报修，物业费收缴。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff accounts and roles, projects and units import, backups.</source>
            <translation>员工账号与岗位、项目与房源导入、数据备份。</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="+7" />
            <source>This computer (embedded database)</source>
            <translation>本机（内置数据库）</translation>
        </message>
    </context>
    <context>
        <name>SmallDepositDialog</name>
        <message>
            <location filename="../../app/ui/deals/small_deposit_dialog.py" line="+20" />
            <source>Small deposit (小定)</source>
            <translation>小定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small deposit</source>
            <translation>小定金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yuan, e.g. 10000</source>
            <translation>元，如 10000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The unit is held for the customer for the project's small-deposit days; subscribe before then, or it becomes available again by itself.</source>
            <translation>房源按本项目规定的小定天数为客户保留；请在到期前转认购，否则房源将自动恢复待售。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take small deposit</source>
            <translation>收取小定</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the unit.</source>
            <translation>请选择房源。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the small deposit.</source>
            <translation>请输入小定金额。</translation>
        </message>
    </context>
    <context>
        <name>StaffLimitModel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_models.py" line="+21" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Own discount limit</source>
            <translation>个人折扣权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project director</source>
            <translation>项目总监</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} (you)</source>
            <translation>{name}（本人）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Level default</source>
            <translation>按级别默认</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Alone, may sell down to {percent} of the list price</source>
            <translation>可自行批准低至表价的 {percent}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The ceiling of their level applies</source>
            <translation>适用所在级别的折扣权限</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <location filename="../../app/ui/pricing/discount_staff_panel.py" line="+139" />
            <location line="+44" />
            <source>Choose someone above</source>
            <translation>请在上方选择人员</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Own discount limits</source>
            <translation>个人折扣权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An own limit replaces the ceiling of the person's level. Nobody sets their own; only an administrator names a project director.</source>
            <translation>个人权限将取代其所在级别的折扣权限。任何人都不能设置自己的权限；项目总监只能由系统管理员指定。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Own limit</source>
            <translation>个人权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level default</source>
            <translation>按级别默认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project director</source>
            <translation>项目总监</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approves the deepest discounts. Only an administrator changes this.</source>
            <translation>审批最大幅度的折扣。只有系统管理员可以修改。</translation>
        </message>
    </context>
    <context>
        <name>StartupSplash</name>
        <message>
            <location filename="../../app/ui/login/startup_splash.py" line="+47" />
            <source>EstateDesk</source>
            <translation>EstateDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales office system</source>
            <translation>售楼管理系统</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starting the database on this computer…
The first start also sets up the demo project and takes a little longer.</source>
            <translation>正在启动本机数据库…
首次启动还要创建演示项目，需要多等一会儿。</translation>
        </message>
    </context>
    <context>
        <name>SubscribeDialog</name>
        <message>
            <location filename="../../app/ui/deals/subscribe_dialog.py" line="+40" />
            <source>optional, yuan</source>
            <translation>选填，元</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Subscription (认购)</source>
            <translation>认购</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Project default</source>
            <translation>项目默认</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave at “Project default” for the project's usual number of days, or pick a date within 90 days.</source>
            <translation>保持“项目默认”则按项目规定的天数，或选择 90 天内的日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discounts</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Extra discount</source>
            <translation>额外优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposit (定金)</source>
            <translation>定金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign contract by</source>
            <translation>签约期限</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Subscribe</source>
            <translation>确认认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print subscription form…</source>
            <translation>打印认购书…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>This project offers no discounts.</source>
            <translation>本项目没有优惠。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New price for the subscription of {code}</source>
            <translation>房源 {code} 认购重新定价</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save new price</source>
            <translation>保存新价格</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only with {method}</source>
            <translation>仅限{method}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose the unit.</source>
            <translation>请选择房源。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the deposit (定金).</source>
            <translation>请填写定金。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The new price of unit {code} is saved.</source>
            <translation>房源 {code} 的新价格已保存。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit {code} is reserved for {name} (deal RG{number:06d}).</source>
            <translation>房源 {code} 已由 {name} 认购（交易 RG{number:06d}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The price waits for approval by: {level}.</source>
            <translation>价格待审批：{level}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>SurveyImport</name>
        <message>
            <location filename="../../app/ui/deals/survey_import.py" line="+46" />
            <location line="+44" />
            <source>Measured areas</source>
            <translation>实测面积</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Import the survey sheet…</source>
            <translation>导入实测面积表…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save an empty survey sheet…</source>
            <translation>保存实测面积表模板…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey sheet</source>
            <translation>实测面积表</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Save an empty survey sheet</source>
            <translation>保存实测面积表模板</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{n} area settlement request(s) filed for approval.</source>
            <translation>已提交 {n} 份面积补差申请，待审批。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>… and {n} more</source>
            <translation>… 另有 {n} 行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was filed. Correct these rows and import again:</source>
            <translation>未提交任何申请。请改正以下各行后重新导入：</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <location filename="../../app/ui/deals/change_dialogs.py" line="-76" />
            <source>Request a price or payment change</source>
            <translation>申请价格或付款方式变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{title}: now {total} ({method})</source>
            <translation>{title}：现为 {total}（{method}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New schedule</source>
            <translation>新付款计划</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why the terms change (required)</source>
            <translation>变更原因（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request change</source>
            <translation>申请变更</translation>
        </message>
    </context>
    <context>
        <name>TermsSchedule</name>
        <message>
            <location filename="../../app/ui/deals/terms_schedule.py" line="+39" />
            <source>Commercial loan (¥)</source>
            <translation>商业贷款（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provident fund loan (¥)</source>
            <translation>公积金贷款（元）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The new price is not known yet.</source>
            <translation>新价格尚未确定。</translation>
        </message>
    </context>
    <context>
        <name>TimelineList</name>
        <message>
            <location filename="../../app/ui/customers/timeline_list.py" line="+70" />
            <source>No visits or follow-ups yet.</source>
            <translation>暂无来访或跟进记录。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{what} · {staff}</source>
            <translation>{what} · {staff}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow-up ({method}) · {staff}</source>
            <translation>跟进（{method}）· {staff}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reassigned from {old} to {new}</source>
            <translation>由 {old} 转给 {new}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assigned to {staff}</source>
            <translation>分配给 {staff}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Result: {result}</source>
            <translation>结果：{result}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next contact: {date}</source>
            <translation>下次跟进：{date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Party of {n}</source>
            <translation>{n} 人来访</translation>
        </message>
    </context>
    <context>
        <name>TrialTab</name>
        <message>
            <location filename="../../app/ui/pricing/trial_tab.py" line="+223" />
            <source>Trying the prices…</source>
            <translation>正在试算…</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Submitted “{name}” ({n} units) for approval. List prices change once a sales manager other than you, or an administrator, approves it.</source>
            <translation>已提交“{name}”（{n} 套）审批。经您以外的销售经理或系统管理员批准后，表价才会改变。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No unit matches these conditions.</source>
            <translation>没有符合条件的房源。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Changed since this trial — try again before submitting.</source>
            <translation>条件已修改，请重新试算后再提交。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{n}&lt;/b&gt; units priced</source>
            <translation>调整 &lt;b&gt;{n}&lt;/b&gt; 套</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} skipped ({frozen} sold, {unpriced} unpriced)</source>
            <translation>跳过 {n} 套（已售 {frozen} 套，未定价 {unpriced} 套）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} skipped (sold: prices kept)</source>
            <translation>跳过 {n} 套（已售，保持原价）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} skipped (no list price)</source>
            <translation>跳过 {n} 套（未定价）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{amount}, {percent}</source>
            <translation>{amount}，{percent}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>list value {before} → {after} ({change})</source>
            <translation>总价合计 {before} → {after}（{change}）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Try prices</source>
            <translation>试算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submit for approval…</source>
            <translation>提交审批…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price map</source>
            <translation>价格图</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every unit's old and new price as a list</source>
            <translation>以列表显示每套房源的原价和新价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The units as on the sales control chart, coloured by their new unit price</source>
            <translation>按销控图排列房源，按新单价着色</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compute the new list prices without changing anything</source>
            <translation>计算新表价，不改变任何数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in the plan and press “Try prices”: every unit's old and new list price shows here before anything changes.</source>
            <translation>填写方案后点击“试算”：每套房源的原表价和新表价先列在这里，不会改变任何数据。</translation>
        </message>
    </context>
    <context>
        <name>UnitDealsDialog</name>
        <message>
            <location filename="../../app/ui/chart/unit_deals_dialog.py" line="+42" />
            <source>Deals of unit {code}</source>
            <translation>房源 {code} 的交易</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{building} {room}&lt;/b&gt; — {n} deal(s)</source>
            <translation>&lt;b&gt;{building} {room}&lt;/b&gt; — 共 {n} 笔交易</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No deal of this unit is visible to you.</source>
            <translation>没有您可查看的该房源交易。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Subscribe…</source>
            <translation>认购…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign contract…</source>
            <translation>签约…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print subscription form…</source>
            <translation>打印认购书…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Payment: {method}</source>
            <translation>付款方式：{method}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Price: {approval}</source>
            <translation>价格：{approval}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sign by {date}</source>
            <translation>签约期限 {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Held until {time}</source>
            <translation>保留至 {time}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change waiting: {kind}</source>
            <translation>待审变更：{kind}</translation>
        </message>
    </context>
    <context>
        <name>UnitDealsModel</name>
        <message>
            <location filename="../../app/ui/chart/unit_deals_model.py" line="+89" />
            <source>Stage</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reserved on</source>
            <translation>下定日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contract</source>
            <translation>合同号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ended</source>
            <translation>终止日期</translation>
        </message>
    </context>
    <context>
        <name>UnitHistoryDialog</name>
        <message>
            <location filename="../../app/ui/chart/history_dialog.py" line="+28" />
            <source>History of unit {code}</source>
            <translation>房源 {code} 的变更记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;{building} {room}&lt;/b&gt; — {n} changes</source>
            <translation>&lt;b&gt;{building} {room}&lt;/b&gt; — 共 {n} 条记录</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../../app/ui/deals/unit_picker.py" line="+48" />
            <source>Unit code, e.g. 1-1-1502</source>
            <translation>房号，如 1-1-1502</translation>
        </message>
    </context>
    <context>
        <name>UnitStatus</name>
        <message>
            <location filename="../../app/ui/common/labels.py" line="-29" />
            <source>not released</source>
            <translation>未推</translation>
        </message>
        <message>
            <location line="+1" />
            <source>available</source>
            <translation>待售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held</source>
            <translation>销控</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pencilled</source>
            <translation>预留</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reserved</source>
            <translation>认购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contracted</source>
            <translation>签约</translation>
        </message>
        <message>
            <location line="+1" />
            <source>filed</source>
            <translation>已备案</translation>
        </message>
    </context>
    <context>
        <name>UnitTooltip</name>
        <message>
            <location filename="../../app/ui/chart/tooltip.py" line="+17" />
            <source>The pencil ran out</source>
            <translation>预留到期，自动释放</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Layout</source>
            <translation>户型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>朝向</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross area</source>
            <translation>建筑面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inner area</source>
            <translation>套内面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List unit price</source>
            <translation>表价单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List total</source>
            <translation>表价总价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last change</source>
            <translation>最近变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pencilled until</source>
            <translation>预留至</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
    </context>
    <context>
        <name>VisitFormWidget</name>
        <message>
            <location filename="../../app/ui/intake/visit_form.py" line="+175" />
            <source>Duty rotation (next: {name})</source>
            <translation>轮岗分配（下一位：{name}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duty rotation</source>
            <translation>轮岗分配</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Gender</source>
            <translation>性别(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit &amp;type</source>
            <translation>来访类型(&amp;T)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Heard of us via</source>
            <translation>认知渠道(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation>置业目的(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Layout wanted</source>
            <translation>意向户型(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Area</source>
            <translation>意向面积(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Budget</source>
            <translation>预算(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part&amp;y size</source>
            <translation>来访人数(&amp;Y)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Consultant</source>
            <translation>置业顾问(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>×10k yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 张三</source>
            <translation>例如：张三</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 三室两厅</source>
            <translation>例如：三室两厅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from</source>
            <translation>最小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>最大</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything the consultant should know</source>
            <translation>需要置业顾问了解的情况</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You (visitors you register stay yours)</source>
            <translation>本人（您登记的客户归您跟进）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next on duty: {name}</source>
            <translation>下一位接待：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The next consultant on today's rotation</source>
            <translation>今日轮岗中的下一位置业顾问</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../app/ui/finance/void_dialog.py" line="+24" />
            <location line="+12" />
            <source>Void receipt</source>
            <translation>作废收据</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Void receipt {no}: {kind} {amount}?</source>
            <translation>确认作废收据 {no}：{kind} {amount}？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number stays used and the money is reversed today. This cannot be undone.</source>
            <translation>该号码仍记为已用，款项在今日冲回。此操作不可撤销。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required: why, e.g. wrong amount written</source>
            <translation>必填：作废原因，如金额填错</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Write why the receipt is voided.</source>
            <translation>请填写作废原因。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="32" />
            <source>Please enter the name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="35" />
            <source>A name has at most {limit} characters, but {count} were entered.</source>
            <translation>姓名最多 {limit} 个字，当前输入了 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="41" />
            <source>The name contains "{char}", which cannot be part of a name (no emoji, symbols or digits).</source>
            <translation>姓名中含有“{char}”，姓名不能包含表情、符号或数字。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="53" />
            <source>The text contains invisible control characters.</source>
            <translation>文字中含有不可见的控制字符。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="56" />
            <source>At most {limit} characters, but {count} were entered.</source>
            <translation>最多 {limit} 个字，当前输入了 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="66" />
            <source>"{value}" is not a number.</source>
            <translation>“{value}”不是有效的数字。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="82" />
            <source>An amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="85" />
            <source>An amount has at most two decimal places.</source>
            <translation>金额最多保留两位小数。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="88" />
            <source>The amount is too large.</source>
            <translation>金额过大。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="98" />
            <source>An area must be greater than zero.</source>
            <translation>面积必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="101" />
            <source>An area has at most two decimal places and is below 100,000 m².</source>
            <translation>面积最多两位小数，且须小于 100,000 平方米。</translation>
        </message>
        <message>
            <location filename="../../app/domain/customer_rules.py" line="108" />
            <source>The lower bound is above the upper bound.</source>
            <translation>下限高于上限。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="42" />
            <source>A percentage discount is a ratio above 0 and at most 1 (0.97 for 97折), not {value}.</source>
            <translation>折扣比例应大于 0 且不超过 1（97折填 0.97），而不是 {value}。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="46" />
            <source>A discount cannot be negative.</source>
            <translation>优惠不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="87" />
            <source>The same discount is applied twice.</source>
            <translation>同一项优惠被重复使用。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="94" />
            <source>Discount {name} would bring the price to zero or below.</source>
            <translation>优惠“{name}”会使价格小于等于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="125" />
            <source>Discount ceilings must lie between 0 and 1 and go down by level.</source>
            <translation>折扣权限必须在 0 到 1 之间，并随级别逐级降低。</translation>
        </message>
        <message>
            <location filename="../../app/domain/discounts.py" line="128" />
            <source>Level {level} is not among the discount levels.</source>
            <translation>级别“{level}”不在折扣权限级别中。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="60" />
            <source>Please enter the ID number.</source>
            <translation>请输入证件号码。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="61" />
            <source>An ID number has 18 characters, but {count} were entered.</source>
            <translation>身份证号码应为 18 位，当前输入了 {count} 位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="62" />
            <source>An ID number is 17 digits followed by a digit or the letter X.</source>
            <translation>身份证号码为 17 位数字加 1 位数字或字母 X。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="63" />
            <source>A 15-digit ID number may only contain digits.</source>
            <translation>15 位身份证号码只能包含数字。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="64" />
            <source>The ID number does not start with a valid region code: please check the first digits.</source>
            <translation>身份证号码开头的地区码无效，请核对前几位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="65" />
            <source>The birth date inside the ID number does not exist: please check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期不存在，请核对第 7 至 14 位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="66" />
            <source>The birth date inside the ID number is before 1900 or in the future: please check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期早于 1900 年或晚于今天，请核对第 7 至 14 位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="67" />
            <source>The ID number's check digit is wrong: please check the last character and the other digits for a typo.</source>
            <translation>身份证号码校验位不正确，请核对最后一位及其他各位是否输错。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="68" />
            <source>A unified social credit code has 18 characters, but {count} were entered.</source>
            <translation>统一社会信用代码应为 18 位，当前输入了 {count} 位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="69" />
            <source>A unified social credit code uses only digits and capital letters (never I, O, S, V or Z).</source>
            <translation>统一社会信用代码只包含数字和大写字母（不含 I、O、S、V、Z）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="70" />
            <source>The credit code's check character is wrong: please check the last character and the others for a typo.</source>
            <translation>统一社会信用代码校验位不正确，请核对最后一位及其他各位是否输错。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="71" />
            <source>A passport number has 5 to 20 characters, but {count} were entered.</source>
            <translation>护照号码应为 5 到 20 位，当前输入了 {count} 位。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="72" />
            <source>A passport number may only contain letters and digits.</source>
            <translation>护照号码只能包含字母和数字。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="73" />
            <source>An 18-digit residence permit number must start with {prefixes}.</source>
            <translation>18 位居住证号码须以 {prefixes} 开头。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="74" />
            <source>A Home Return Permit number is H or M followed by 8 or 10 digits (or an 18-digit residence permit number starting 810000 or 820000).</source>
            <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位或 10 位数字（或以 810000、820000 开头的 18 位居住证号码）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="75" />
            <source>A Taiwan compatriot permit number is 8 or 10 digits (or an 18-digit residence permit number starting 830000).</source>
            <translation>台湾居民来往大陆通行证号码为 8 位或 10 位数字（或以 830000 开头的 18 位居住证号码）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/identity.py" line="76" />
            <source>Unknown identity document type: {id_type!r}.</source>
            <translation>未知的证件类型：{id_type!r}。</translation>
        </message>
        <message>
            <location filename="../../app/domain/money.py" line="68" />
            <source>Amounts round to whole yuan, jiao or fen, not to {unit}.</source>
            <translation>金额只能取整到元、角或分，不能取整到 {unit}。</translation>
        </message>
        <message>
            <location filename="../../app/domain/passwords.py" line="19" />
            <source>A password needs at least {count} characters.</source>
            <translation>密码至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/domain/passwords.py" line="25" />
            <source>A password needs both letters and digits.</source>
            <translation>密码须同时包含字母和数字。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="105" />
            <source>The payment method needs a loan amount.</source>
            <translation>该付款方式需要填写贷款金额。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="108" />
            <source>The payment method has no loan of this kind.</source>
            <translation>该付款方式没有这种贷款。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="111" />
            <source>The loans may total at most {ceiling} yuan (the deal total less the minimum down payment).</source>
            <translation>贷款合计最多 {ceiling} 元（成交总价减去最低首付）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="118" />
            <source>Instalments need a count and an interval of at least one.</source>
            <translation>分期的期数和间隔都至少为 1。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="141" />
            <source>The deal total must be above zero.</source>
            <translation>成交总价必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="144" />
            <source>The down payment ratio lies between 0 and 1.</source>
            <translation>首付比例应在 0 到 1 之间。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="147" />
            <source>The deposit is more than the deal total.</source>
            <translation>定金超过了成交总价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="160" />
            <source>The deposit is more than the down payment.</source>
            <translation>定金超过了首付款。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="180" />
            <source>The schedule has no lines.</source>
            <translation>付款计划没有任何款项。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="185" />
            <source>Line {number} has no amount.</source>
            <translation>第 {number} 笔款项没有金额。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="188" />
            <source>Line {number} falls due before the contract is signed.</source>
            <translation>第 {number} 笔款项的应付日期早于签约日期。</translation>
        </message>
        <message>
            <location filename="../../app/domain/payment_plans.py" line="193" />
            <source>The schedule adds up to {sum} yuan, not the deal total of {total} yuan.</source>
            <translation>付款计划合计 {sum} 元，与成交总价 {total} 元不符。</translation>
        </message>
        <message>
            <location filename="../../app/domain/phones.py" line="28" />
            <source>This is not a valid phone number: please check the digits.</source>
            <translation>电话号码无效，请核对号码。</translation>
        </message>
        <message>
            <location filename="../../app/domain/phones.py" line="47" />
            <source>Please enter a phone number.</source>
            <translation>请输入电话号码。</translation>
        </message>
        <message>
            <location filename="../../app/domain/phones.py" line="49" />
            <source>A phone number may only contain digits, spaces, +, - and brackets.</source>
            <translation>电话号码只能包含数字、空格、+、- 和括号。</translation>
        </message>
        <message>
            <location filename="../../app/domain/phones.py" line="60" />
            <source>This landline number needs its area code, e.g. 010-62345678 or 0755-81234567.</source>
            <translation>固定电话需要加区号，例如 010-62345678 或 0755-81234567。</translation>
        </message>
        <message>
            <location filename="../../app/domain/phones.py" line="72" />
            <source>This stored phone number is not in international (+...) form.</source>
            <translation>已保存的电话号码不是国际格式（+...）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="43" />
            <source>Prices, areas and coefficients must be greater than zero.</source>
            <translation>价格、面积和系数都必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="121" />
            <source>A price plan needs at least one base unit price.</source>
            <translation>价格方案至少需要一个基准单价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="137" />
            <source>The floor coefficient of floor {floor} is not above zero.</source>
            <translation>{floor} 层的楼层系数必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="146" />
            <source>The price plan has no base price for layout {layout}.</source>
            <translation>价格方案中没有户型“{layout}”的基准单价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="159" />
            <source>Unit {unit} has no gross area to price on.</source>
            <translation>房源 {unit} 没有建筑面积，无法按建筑面积计价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="161" />
            <source>Unit {unit} has no inner area to price on.</source>
            <translation>房源 {unit} 没有套内面积，无法按套内面积计价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="251" />
            <source>Give either a percentage or an amount per m², not both.</source>
            <translation>请填写百分比或每平方米金额，二者只能选一。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="254" />
            <source>A price cannot be lowered by 100% or more.</source>
            <translation>价格不能下调 100% 或更多。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="271" />
            <source>Units priced as a whole cannot be adjusted per m².</source>
            <translation>按套计价的房源不能按每平方米调价。</translation>
        </message>
        <message>
            <location filename="../../app/domain/pricing.py" line="277" />
            <source>The adjustment would leave unit {unit} without a price.</source>
            <translation>此次调价会使房源 {unit} 的价格小于等于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="73" />
            <source>Areas and the contract unit price must be greater than zero.</source>
            <translation>面积和合同单价都必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="96" />
            <source>Contracted area {contract} m², measured area {measured} m², difference {difference} m² ({percent}).</source>
            <translation>合同面积 {contract} ㎡，实测面积 {measured} ㎡，相差 {difference} ㎡（{percent}）。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="105" />
            <source>The buyer pays for {area} m² at {price} yuan/m²: {amount} yuan.</source>
            <translation>买受人按 {price} 元/㎡ 补交 {area} ㎡ 房款：{amount} 元。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="110" />
            <source>The developer bears the {area} m² above +3%: {amount} yuan; the area still belongs to the buyer.</source>
            <translation>超出 3% 的 {area} ㎡ 由出卖人承担：{amount} 元，产权归买受人。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="116" />
            <source>The developer refunds {area} m² at {price} yuan/m²: {amount} yuan.</source>
            <translation>出卖人按 {price} 元/㎡ 返还 {area} ㎡ 房款：{amount} 元。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="121" />
            <source>The developer refunds the {area} m² beyond −3% double: {amount} yuan.</source>
            <translation>超出 −3% 的 {area} ㎡ 由出卖人双倍返还：{amount} 元。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="126" />
            <source>The measured area equals the contracted area: nothing to settle.</source>
            <translation>实测面积与合同面积一致，无需补差。</translation>
        </message>
        <message>
            <location filename="../../app/domain/settlement.py" line="129" />
            <source>The error exceeds ±3%: the buyer may cancel the purchase with a full refund and interest.</source>
            <translation>面积误差超过 ±3%：买受人有权退房，出卖人须退还全部已付房款并支付利息。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="49" />
            <source>Please enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="51" />
            <source>Please enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="59" />
            <source>There is no account with this user name.</source>
            <translation>没有这个用户名的账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="72" />
            <source>EstateDesk does not let a database superuser or the table owner log in: they bypass the access rules. Log in with your staff account.</source>
            <translation>EstateDesk 不允许数据库超级用户或数据表所有者登录，因为它们不受权限规则约束。请使用您的员工账号登录。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="76" />
            <source>This database login is not an EstateDesk staff account.</source>
            <translation>该数据库登录名不是 EstateDesk 员工账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="97" />
            <source>EstateDesk is not installed in this database. The administrator runs 'estatedesk-admin db upgrade' on the server first.</source>
            <translation>此数据库尚未安装 EstateDesk。请系统管理员先在服务器上运行 'estatedesk-admin db upgrade'。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="101" />
            <source>The database ({revision}) is newer than this EstateDesk client ({head}). Please install the current client.</source>
            <translation>数据库版本（{revision}）比本 EstateDesk 客户端（{head}）新，请安装最新版本的客户端。</translation>
        </message>
        <message>
            <location filename="../../app/services/auth.py" line="106" />
            <source>The database ({revision}) is older than this EstateDesk client ({head}). The administrator runs 'estatedesk-admin db upgrade' on the server.</source>
            <translation>数据库版本（{revision}）比本 EstateDesk 客户端（{head}）旧。请系统管理员在服务器上运行 'estatedesk-admin db upgrade'。</translation>
        </message>
        <message>
            <location filename="../../app/services/customer_export.py" line="39" />
            <source>Only sales managers and administrators export customers.</source>
            <translation>只有销售经理和系统管理员可以导出客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="137" />
            <source>The grade is A, B, C or D.</source>
            <translation>客户等级须为 A、B、C 或 D。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="140" />
            <source>A customer needs a phone number or an ID number.</source>
            <translation>客户至少要有电话号码或证件号码之一。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="155" />
            <source>This {matched} already belongs to customer {name} of {owner}.</source>
            <translation>该{matched}已属于 {owner} 的客户 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="172" />
            <source>This customer does not exist or is not one of yours.</source>
            <translation>该客户不存在，或不是您名下的客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="271" />
            <source>Only enterprise customers have contact persons.</source>
            <translation>只有企业客户才有联系人。</translation>
        </message>
        <message>
            <location filename="../../app/services/deal_documents.py" line="52" />
            <source>The deal does not exist.</source>
            <translation>该交易不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/deal_documents.py" line="69" />
            <source>Only a subscribed deal has a subscription form.</source>
            <translation>只有已认购的交易才有认购书。</translation>
        </message>
        <message>
            <location filename="../../app/services/deal_documents.py" line="95" />
            <source>This change is not an area settlement.</source>
            <translation>该变更不是面积补差。</translation>
        </message>
        <message>
            <location filename="../../app/services/discount_settings.py" line="55" />
            <source>A code is 2 to 30 lower-case letters, digits or _, starting with a letter.</source>
            <translation>编码须为 2–30 位小写字母、数字或下划线，并以字母开头。</translation>
        </message>
        <message>
            <location filename="../../app/services/discount_settings.py" line="58" />
            <source>A name has 1 to 40 characters.</source>
            <translation>名称须为 1 到 40 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/discount_settings.py" line="60" />
            <source>The value must be above zero with at most four decimals.</source>
            <translation>数值必须大于零，最多保留四位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="79" />
            <source>This record already exists.</source>
            <translation>该记录已存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="80" />
            <source>This clashes with an existing record.</source>
            <translation>与已有记录冲突。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="81" />
            <source>A value breaks a rule of the system.</source>
            <translation>有数据不符合系统规则。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="82" />
            <source>A required value is missing.</source>
            <translation>缺少必填内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="83" />
            <source>This refers to a record that does not exist, or is still in use elsewhere.</source>
            <translation>引用的记录不存在，或该记录仍在别处使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="85" />
            <source>Your role is not allowed to do this.</source>
            <translation>您的岗位无权进行此操作。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="86" />
            <source>Someone else is working on this record right now. Try again in a moment.</source>
            <translation>其他人正在处理这条记录，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="88" />
            <source>The operation was cancelled or took too long.</source>
            <translation>操作已取消或超时。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="89" />
            <source>The database was too busy to save this; nothing was saved. Please try again.</source>
            <translation>数据库繁忙，本次操作未保存任何内容，请重试。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="93" />
            <source>A text is longer than allowed.</source>
            <translation>文字长度超出限制。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="94" />
            <source>A number is out of range.</source>
            <translation>数字超出允许范围。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="95" />
            <source>A value has the wrong format.</source>
            <translation>有数据格式不正确。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="105" />
            <source>The connection to the database was lost; nothing was saved. EstateDesk is reconnecting — please try again.</source>
            <translation>与数据库的连接已断开，本次操作未保存。EstateDesk 正在重新连接，请再试一次。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="120" />
            <source>The connection to the database was lost; nothing was saved.</source>
            <translation>与数据库的连接已断开，本次操作未保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="144" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="146" />
            <source>This account has been disabled. Ask your administrator.</source>
            <translation>该账号已被停用，请联系系统管理员。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="148" />
            <source>The server has no database of that name. Check the database name in the connection settings.</source>
            <translation>服务器上没有这个名称的数据库，请检查连接设置中的数据库名称。</translation>
        </message>
        <message>
            <location filename="../../app/services/errors.py" line="156" />
            <source>The database server cannot be reached. Check the server address and the network, or ask your administrator whether the server is running.</source>
            <translation>无法连接数据库服务器。请检查服务器地址和网络，或询问系统管理员服务器是否正在运行。</translation>
        </message>
        <message>
            <location filename="../../app/services/followups.py" line="46" />
            <source>Choose how you contacted the customer.</source>
            <translation>请选择联系方式。</translation>
        </message>
        <message>
            <location filename="../../app/services/followups.py" line="53" />
            <source>Describe the contact.</source>
            <translation>请填写跟进内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/intake.py" line="106" />
            <source>The party size is 1 to 50 people.</source>
            <translation>来访人数须为 1 到 50 人。</translation>
        </message>
        <message>
            <location filename="../../app/services/intake.py" line="159" />
            <source>A salesperson appears twice in the rotation.</source>
            <translation>轮岗名单中有置业顾问重复出现。</translation>
        </message>
        <message>
            <location filename="../../app/services/lists.py" line="30" />
            <source>Unknown list.</source>
            <translation>未知的列表。</translation>
        </message>
        <message>
            <location filename="../../app/services/lists.py" line="61" />
            <source>There is no entry "{name}".</source>
            <translation>没有“{name}”这一项。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="12" />
            <source>A project with this code already exists.</source>
            <translation>已有相同编号的项目。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="13" />
            <source>A project with this name already exists.</source>
            <translation>已有同名项目。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="14" />
            <source>This building number already exists in the project.</source>
            <translation>该项目中已有这个楼栋号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="15" />
            <source>This entrance already exists in the building.</source>
            <translation>该楼栋中已有这个单元。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="16" />
            <source>This floor already exists in the building.</source>
            <translation>该楼栋中已有这个楼层。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="17" />
            <source>A unit with this room number already exists.</source>
            <translation>已有相同房号的房间。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="19" />
            <source>The gross floor area must be greater than zero.</source>
            <translation>建筑面积必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="20" />
            <source>The inner area must be greater than zero.</source>
            <translation>套内面积必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="21" />
            <source>The inner area cannot be larger than the gross area.</source>
            <translation>套内面积不能大于建筑面积。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="22" />
            <source>The list unit price cannot be negative.</source>
            <translation>表价单价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="23" />
            <source>The list total cannot be negative.</source>
            <translation>表价总价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="24" />
            <source>The base price cannot be negative.</source>
            <translation>底价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="25" />
            <source>A unit needs a list price before it goes on sale.</source>
            <translation>房源推售前必须先定好表价。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="26" />
            <source>A pencilled unit needs its salesperson and deadline.</source>
            <translation>预留房源必须有置业顾问和预留期限。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="27" />
            <source>This unit is already in another live deal.</source>
            <translation>该房源已在另一笔进行中的交易中。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="28" />
            <source>This contract number is already used in the project.</source>
            <translation>该合同编号在本项目中已被使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="30" />
            <source>This deal already has a change waiting for a decision.</source>
            <translation>该交易已有一项变更在等待审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="32" />
            <source>The customer already holds an active queue number in this project.</source>
            <translation>该客户在本项目中已有有效的排号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="34" />
            <source>A discount with this code already exists.</source>
            <translation>已有相同编码的优惠。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="35" />
            <source>The same buyer is listed twice.</source>
            <translation>同一买受人被重复填写。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="36" />
            <source>Each mortgage stage needs its date.</source>
            <translation>按揭的每个阶段都需要填写日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="37" />
            <source>The mortgage dates are out of order.</source>
            <translation>按揭各阶段的日期先后顺序不对。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="38" />
            <source>A mortgage term is 12 to 360 months.</source>
            <translation>贷款期限须为 12 到 360 个月。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="39" />
            <source>The bank name must be 1 to 60 characters.</source>
            <translation>银行名称须为 1 到 60 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="40" />
            <source>This deal is not paid by mortgage.</source>
            <translation>该交易不是按揭付款。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="41" />
            <source>These numbers overlap a book already registered in this series.</source>
            <translation>这些号码与该字轨下已登记的票据本重叠。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="43" />
            <source>This day is closed already.</source>
            <translation>该营业日已日结。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="44" />
            <source>This receipt is voided already.</source>
            <translation>该收据已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="45" />
            <source>This entry is already in the list.</source>
            <translation>列表中已有这一项。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="47" />
            <source>A staff member with this login already exists.</source>
            <translation>已有员工使用这个登录名。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="48" />
            <source>A login is 3-31 lower-case letters, digits or _, starting with a letter.</source>
            <translation>登录名须为 3–31 位小写字母、数字或下划线，并以字母开头。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="50" />
            <source>A customer with this ID number already exists.</source>
            <translation>已有相同证件号码的客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="51" />
            <source>The ID number is not valid for its ID type.</source>
            <translation>证件号码与证件类型不符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="52" />
            <source>The phone number is not valid.</source>
            <translation>电话号码无效。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="53" />
            <source>The name must be 1 to 100 characters.</source>
            <translation>姓名须为 1 到 100 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="54" />
            <source>A lost customer needs a reason.</source>
            <translation>标记为流失的客户必须填写流失原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="56" />
            <source>The smallest wanted area is above the largest.</source>
            <translation>意向面积的最小值大于最大值。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="58" />
            <source>Describe the contact in 1 to 1000 characters.</source>
            <translation>跟进内容须为 1 到 1000 个字。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="63" />
            <source>Your role is not allowed to do this (it needs: {roles}).</source>
            <translation>您的岗位无权进行此操作（需要：{roles}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="64" />
            <source>Unit {unit} is {status} (last changed by {by}) and cannot become {to}.</source>
            <translation>房源 {unit} 当前为“{status}”（最后由 {by} 更改），不能改为“{to}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="66" />
            <source>Please give a reason to make unit {unit} {to}.</source>
            <translation>将房源 {unit} 改为“{to}”，请填写原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="67" />
            <source>The reason is longer than 200 characters.</source>
            <translation>原因不能超过 200 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="68" />
            <source>No unit was chosen.</source>
            <translation>未选择任何房源。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="69" />
            <source>A chosen unit no longer exists.</source>
            <translation>所选房源中有房源已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="70" />
            <source>Login "{login}" must be 3-31 lower-case letters, digits or _, starting with a letter.</source>
            <translation>登录名“{login}”须为 3–31 位小写字母、数字或下划线，并以字母开头。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="72" />
            <source>Login "{login}" is reserved.</source>
            <translation>登录名“{login}”为系统保留，不能使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="73" />
            <source>A login "{login}" already exists on this server.</source>
            <translation>此服务器上已有登录名“{login}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="74" />
            <source>Unknown role "{role}".</source>
            <translation>未知岗位“{role}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="75" />
            <source>At least one role is needed.</source>
            <translation>至少需要一个岗位。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="76" />
            <source>A password is needed.</source>
            <translation>请设置密码。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="77" />
            <source>There is no staff login "{login}".</source>
            <translation>没有登录名为“{login}”的员工。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="78" />
            <source>You cannot disable your own login.</source>
            <translation>不能停用您自己的账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="79" />
            <source>You cannot take the admin role from yourself.</source>
            <translation>不能取消您自己的系统管理员岗位。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="80" />
            <source>The audit log cannot be changed.</source>
            <translation>审计日志不可修改。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="81" />
            <source>To pencil in a unit, choose the customer it is for.</source>
            <translation>预留房源须选择为哪位客户预留。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="82" />
            <source>Unit {unit} is pencilled in by {by}; only they or a manager may release it.</source>
            <translation>房源 {unit} 由 {by} 预留，只有本人或销售经理可以取消预留。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="84" />
            <source>You can pencil in a unit only for one of your own active customers.</source>
            <translation>只能为您名下的有效客户预留房源。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="86" />
            <source>Only a sales manager may choose the salesperson; otherwise the duty rotation decides.</source>
            <translation>只有销售经理可以指定置业顾问，否则按轮岗顺序分配。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="88" />
            <source>The chosen staff member is not an active salesperson.</source>
            <translation>所选员工不是在岗的置业顾问。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="89" />
            <source>Nobody is on today's duty rotation: a sales manager sets it first.</source>
            <translation>今天的轮岗名单为空，请销售经理先排班。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="92" />
            <source>The next contact date is in the past.</source>
            <translation>下次跟进日期不能早于今天。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="93" />
            <source>Choose a reason from the list.</source>
            <translation>请从列表中选择原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="94" />
            <source>A customer cannot be merged with itself.</source>
            <translation>客户不能与自己合并。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="95" />
            <source>One of the customers does not exist or was merged already.</source>
            <translation>其中一位客户不存在或已被合并。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="97" />
            <source>An individual and an enterprise customer cannot be merged.</source>
            <translation>个人客户与企业客户不能合并。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="98" />
            <source>The two customers have different ID numbers: they are different people.</source>
            <translation>两位客户的证件号码不同，不是同一人。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="100" />
            <source>The plan changes no unit.</source>
            <translation>该方案没有变更任何房源。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="101" />
            <source>Units not in this project: {units}.</source>
            <translation>以下房源不属于本项目：{units}。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="102" />
            <source>Sold units keep the price agreed with their buyer: {units}.</source>
            <translation>已售房源保持与买受人约定的价格：{units}。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="103" />
            <source>This price plan does not exist or was decided already.</source>
            <translation>该价格方案不存在或已审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="104" />
            <source>A price plan is approved by a manager other than its author, or by an administrator.</source>
            <translation>价格方案须由提交人以外的销售经理或系统管理员审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="106" />
            <source>A rejection needs a reason.</source>
            <translation>驳回需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="107" />
            <source>Unit {unit} is no longer available: it is {status} (by {by}).</source>
            <translation>房源 {unit} 已不可售：当前为「{status}」（{by}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="108" />
            <source>An amount is needed.</source>
            <translation>请填写金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="109" />
            <source>The amount must be above zero, not {amount}.</source>
            <translation>金额必须大于零，而不是 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="110" />
            <source>Amounts have at most two decimals (fen), not {amount}.</source>
            <translation>金额最多保留两位小数（到分），而不是 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="111" />
            <source>The amount {amount} is too large.</source>
            <translation>金额 {amount} 过大。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="112" />
            <source>A deal total of {deal_total} yuan against a list total of {list_total} yuan is a deeper discount than any level may approve.</source>
            <translation>成交总价 {deal_total} 元（表价总价 {list_total} 元）折扣过大，超出所有级别的审批权限。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="115" />
            <source>Unit {unit} has no list price yet.</source>
            <translation>房源 {unit} 尚无表价。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="116" />
            <source>Choose a payment method.</source>
            <translation>请选择付款方式。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="118" />
            <source>Discount {codes} does not exist or is no longer offered.</source>
            <translation>优惠“{codes}”不存在或已停用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="119" />
            <source>Discount {names} is offered only with another payment method.</source>
            <translation>优惠“{names}”仅适用于其他付款方式。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="120" />
            <source>A discount would bring the price to zero or below.</source>
            <translation>有优惠会使价格小于等于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="121" />
            <source>The project does not exist.</source>
            <translation>该项目不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="122" />
            <source>The customer is marked as lost.</source>
            <translation>该客户已标记为流失。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="123" />
            <source>The queue ticket does not exist.</source>
            <translation>该排号不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="124" />
            <source>The queue ticket is not an active ticket of this customer for this project.</source>
            <translation>该排号不是此客户在本项目中的有效排号。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="126" />
            <source>A reason is needed.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="128" />
            <source>Deal {deal} is {stage}: this step needs a deal that is {needed}.</source>
            <translation>交易 {deal} 当前为“{stage}”，此操作需要交易处于“{needed}”状态。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="129" />
            <source>The deposit of {deposit} yuan is less than the small deposit of {small_deposit} yuan already paid.</source>
            <translation>定金 {deposit} 元少于已交的小定 {small_deposit} 元。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="131" />
            <source>The deadline to sign lies between today and 90 days from now.</source>
            <translation>签约期限须在今天起 90 天之内。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="134" />
            <source>This deal has no price waiting for approval.</source>
            <translation>该交易没有待审批的价格。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="135" />
            <source>A deal's discount is approved by someone other than its seller.</source>
            <translation>交易的折扣须由经办置业顾问以外的人员审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="136" />
            <source>This discount needs a project director's approval.</source>
            <translation>此折扣需要项目总监审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="137" />
            <source>The price was approved: change it with a change request.</source>
            <translation>价格已批准，如需修改请提交变更申请。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="138" />
            <source>A contract needs at least one buyer.</source>
            <translation>合同至少需要一位买受人。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="139" />
            <source>A contract has at most ten buyers.</source>
            <translation>一份合同最多十位买受人。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="140" />
            <source>Give every buyer's share, together 100%, or none.</source>
            <translation>请填写每位买受人的产权份额且合计 100%，或全部不填。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="141" />
            <source>Buyer {number}: the name is missing or longer than 100 characters.</source>
            <translation>买受人 {number}：姓名未填写或超过 100 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="143" />
            <source>Buyer {number} ({name}): the ID number is not valid.</source>
            <translation>买受人 {number}（{name}）：证件号码无效。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="144" />
            <source>Buyer {number} ({name}): the phone number is not valid.</source>
            <translation>买受人 {number}（{name}）：电话号码无效。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="145" />
            <source>Line {number} of the schedule is a loan the payment method does not have.</source>
            <translation>付款计划第 {number} 笔为贷款，但该付款方式不含此类贷款。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="148" />
            <source>Line {number} of the schedule has an unknown kind.</source>
            <translation>付款计划第 {number} 笔的款项类型未知。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="152" />
            <source>The price of this deal is not approved yet: it cannot be signed.</source>
            <translation>该交易的价格尚未批准，不能签约。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="154" />
            <source>A contract number has 1 to 30 letters, digits or dashes.</source>
            <translation>合同编号须为 1 到 30 位字母、数字或短横线。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="155" />
            <source>The signing date lies between the subscription and today.</source>
            <translation>签约日期须在认购日期至今天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="157" />
            <source>The loan may be at most {ceiling} yuan (the deal total less the deposit).</source>
            <translation>贷款最多 {ceiling} 元（成交总价减去定金）。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="159" />
            <source>Unknown mortgage stage.</source>
            <translation>未知的按揭阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="160" />
            <source>A date lies in the future.</source>
            <translation>日期不能晚于今天。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="161" />
            <source>Only a manager may move a mortgage back to an earlier stage.</source>
            <translation>只有销售经理可以将按揭退回到之前的阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="163" />
            <source>The date lies between the signing of the contract and today.</source>
            <translation>日期须在签约日期至今天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="165" />
            <source>A filing number has 1 to 30 letters, digits or dashes.</source>
            <translation>备案编号须为 1 到 30 位字母、数字或短横线。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="166" />
            <source>Title registration comes after the handover.</source>
            <translation>产权登记须在交房之后。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="167" />
            <source>Unknown milestone.</source>
            <translation>未知的办理节点。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="169" />
            <source>Areas have at most two decimals.</source>
            <translation>面积最多保留两位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="170" />
            <source>Refund and forfeited deposit must together be the {received} yuan received.</source>
            <translation>退款与没收定金合计须等于已收的 {received} 元。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="172" />
            <source>Choose another unit of the same project.</source>
            <translation>请选择本项目的另一套房源。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="173" />
            <source>Nobody sets their own discount limit.</source>
            <translation>任何人都不能设置自己的折扣权限。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="174" />
            <source>A discount limit is a ratio above 0 and at most 1, with at most four decimals.</source>
            <translation>折扣权限为大于 0 且不超过 1 的比例，最多四位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="176" />
            <source>Only an administrator names a project director.</source>
            <translation>只有系统管理员可以指定项目总监。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="179" />
            <source>A series has 1 to 10 capital letters or digits.</source>
            <translation>字轨须为 1 到 10 位大写字母或数字。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="180" />
            <source>A book runs from a first to a last number (at most 10,000 numbers).</source>
            <translation>票据本须有起始号和终止号（最多 10,000 个号码）。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="182" />
            <source>Only a registered book that was never issued can be issued or cancelled.</source>
            <translation>只有已登记且从未领用的票据本才能领用或作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="184" />
            <source>Receipt books go to an active finance cashier.</source>
            <translation>票据本只能领用给在岗的财务收款员。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="185" />
            <source>A book is issued to a cashier by someone else.</source>
            <translation>票据本须由收款员本人以外的人员办理领用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="186" />
            <source>Only an issued book can be handed back.</source>
            <translation>只有已领用的票据本才能交回。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="187" />
            <source>Only a handed-back book can be reconciled.</source>
            <translation>只有已交回的票据本才能核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="188" />
            <source>A number of this book is unaccounted for.</source>
            <translation>该票据本有号码去向不明。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="189" />
            <source>You have no receipt book with numbers left for this project: ask for one to be issued.</source>
            <translation>您在本项目没有尚有余号的票据本，请申请领用。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="191" />
            <source>The day {day} is closed: record it on the next day as an adjustment.</source>
            <translation>{day} 已日结，请在下一营业日作为调整登记。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="193" />
            <source>Refunds are recorded as refunds, not as payments.</source>
            <translation>退款须按退款登记，不能作为收款登记。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="194" />
            <source>The payment date lies within the last year and not in the future.</source>
            <translation>交款日期须在最近一年内，且不能晚于今天。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="196" />
            <source>Deal {deal} is {stage}: no money is taken on it.</source>
            <translation>交易 {deal} 当前为“{stage}”，不能收款。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="197" />
            <source>The deal has no such schedule line.</source>
            <translation>该交易的付款计划中没有这笔款项。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="198" />
            <source>The kind of payment does not match the schedule line.</source>
            <translation>收款类型与付款计划款项不符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="199" />
            <source>Choose the schedule line this payment is for.</source>
            <translation>请选择本次收款对应的付款计划款项。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="200" />
            <source>Only {left} yuan is left to pay on this line, not {amount}.</source>
            <translation>该笔款项只剩 {left} 元未收，不能收 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="201" />
            <source>The receipt does not exist.</source>
            <translation>该收据不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="202" />
            <source>Receipt {receipt} is voided already.</source>
            <translation>收据 {receipt} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="203" />
            <source>Money is refunded only on a deal whose cancellation was approved.</source>
            <translation>只有退房已获批准的交易才能退款。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="205" />
            <source>At most {left} yuan of the approved refund is left to pay.</source>
            <translation>已批准的退款最多还剩 {left} 元待退。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="206" />
            <source>A day is closed on or after the day itself.</source>
            <translation>只能在当天或之后进行日结。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="207" />
            <source>Payments are never changed or deleted: void the receipt instead.</source>
            <translation>收款记录不能修改或删除，如有错误请作废收据。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="209" />
            <source>A receipt is never deleted: void it with a reason.</source>
            <translation>收据不能删除，只能填写原因后作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="210" />
            <source>A receipt's number and amount never change, nor is a void undone.</source>
            <translation>收据编号和金额不能修改，作废也不能撤销。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="212" />
            <source>Write the note in 1 to 500 characters.</source>
            <translation>备注须为 1 到 500 个字。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="213" />
            <source>Unknown kind of change.</source>
            <translation>未知的变更类型。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="215" />
            <source>This change does not exist or was decided already.</source>
            <translation>该变更不存在或已审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="216" />
            <source>A change is decided by a manager other than the one who asked for it.</source>
            <translation>变更须由申请人以外的销售经理审批。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="219" />
            <source>A commission rule is for one salesperson or for one agency.</source>
            <translation>一条佣金规则只能针对一位置业顾问或一家中介。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="220" />
            <source>A commission rate is above 0% and at most 10%, with at most two decimals of a percent.</source>
            <translation>佣金比例须大于 0% 且不超过 10%，百分数最多保留两位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="222" />
            <source>The rule ends before it starts.</source>
            <translation>规则的结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="223" />
            <source>Nobody sets their own commission rate.</source>
            <translation>任何人都不能设置自己的佣金比例。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="224" />
            <source>This commission rule does not exist for this project and payee.</source>
            <translation>本项目中该结佣对象没有这条佣金规则。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="226" />
            <source>Another active rule of this payee in this project covers some of these dates.</source>
            <translation>该结佣对象在本项目中已有另一条有效规则覆盖了部分日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="228" />
            <source>An agency name has 1 to 60 characters.</source>
            <translation>中介名称须为 1 到 60 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="229" />
            <source>There is no agency "{agency}": set up its commission rule first.</source>
            <translation>没有名为“{agency}”的中介，请先为其设置佣金规则。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="232" />
            <source>Choose a channel from the list.</source>
            <translation>请从列表中选择渠道。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="233" />
            <source>A campaign name has 1 to 60 characters.</source>
            <translation>推广活动名称为 1 至 60 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="234" />
            <source>A campaign needs a first and a last day, the last not before the first.</source>
            <translation>推广活动须有开始和结束日期，结束日期不得早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="236" />
            <source>The note is longer than 200 characters.</source>
            <translation>备注超过 200 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/messages.py" line="237" />
            <source>The campaign does not exist.</source>
            <translation>该推广活动不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/price_plans.py" line="127" />
            <source>A plan needs a name of 1 to 60 characters.</source>
            <translation>方案名称须为 1 至 60 个字。</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="162" />
            <source>The period ends before it starts.</source>
            <translation>统计期间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="165" />
            <source>Choose day, week or month.</source>
            <translation>请选择按日、按周或按月。</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="195" />
            <source>subscribed</source>
            <translation>已认购</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="195" />
            <source>contracted</source>
            <translation>已签约</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="196" />
            <source>filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="197" />
            <source>not released</source>
            <translation>未推</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="197" />
            <source>available</source>
            <translation>待售</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="198" />
            <source>held</source>
            <translation>销控</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="198" />
            <source>pencilled</source>
            <translation>预留</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="199" />
            <source>small deposit</source>
            <translation>小定</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="199" />
            <source>sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="200" />
            <source>full payment</source>
            <translation>一次性付款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="200" />
            <source>instalments</source>
            <translation>分期付款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="201" />
            <source>commercial loan</source>
            <translation>商业贷款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="202" />
            <source>provident fund loan</source>
            <translation>公积金贷款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="203" />
            <source>combined loan</source>
            <translation>组合贷款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="204" />
            <source>cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="204" />
            <source>card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="205" />
            <source>bank transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="205" />
            <source>cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="206" />
            <source>deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="206" />
            <source>down payment</source>
            <translation>首付款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="207" />
            <source>instalment</source>
            <translation>分期款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="207" />
            <source>loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="208" />
            <source>maintenance fund</source>
            <translation>维修基金</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="208" />
            <source>fee</source>
            <translation>代收费用</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="209" />
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="210" />
            <source>payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="210" />
            <source>void</source>
            <translation>作废</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="212" />
            <source>visit</source>
            <translation>来访</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="212" />
            <source>call</source>
            <translation>来电</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="213" />
            <source>revisit</source>
            <translation>复访</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="214" />
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="214" />
            <source>used</source>
            <translation>已转认购</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="215" />
            <source>refunded</source>
            <translation>已退筹</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="216" />
            <source>under 25</source>
            <translation>25岁以下</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="216" />
            <source>25–34</source>
            <translation>25–34岁</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="217" />
            <source>35–44</source>
            <translation>35–44岁</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="217" />
            <source>45–54</source>
            <translation>45–54岁</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="218" />
            <source>55 and over</source>
            <translation>55岁及以上</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="218" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="219" />
            <source>own use</source>
            <translation>自住</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="219" />
            <source>investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="220" />
            <source>upgrade</source>
            <translation>改善</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="221" />
            <source>price plan</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="221" />
            <source>price adjustment</source>
            <translation>调价</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="222" />
            <source>discount decision</source>
            <translation>折扣审批</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="223" />
            <source>change decision</source>
            <translation>变更审批</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="224" />
            <source>price plan decision</source>
            <translation>价格方案审批</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="225" />
            <source>receipt void</source>
            <translation>收据作废</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="226" />
            <source>export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="227" />
            <source>cancellation</source>
            <translation>退房</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="227" />
            <source>exchange</source>
            <translation>换房</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="228" />
            <source>buyer change</source>
            <translation>更名</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="228" />
            <source>price change</source>
            <translation>价格变更</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="229" />
            <source>payment method change</source>
            <translation>付款方式变更</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="230" />
            <source>area settlement</source>
            <translation>面积补差</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="232" />
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="232" />
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="233" />
            <source>voided</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="233" />
            <source>paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location filename="../../app/services/report_model.py" line="234" />
            <source>exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="14" />
            <source>Deal</source>
            <translation>交易编号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="15" />
            <source>Unit</source>
            <translation>房号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="16" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="17" />
            <source>Salesperson</source>
            <translation>置业顾问</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="18" />
            <source>Contract no.</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="19" />
            <source>Scheduled</source>
            <translation>计划应收</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="20" />
            <source>Paid</source>
            <translation>已收</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="21" />
            <source>Outstanding</source>
            <translation>未收</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="22" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="23" />
            <source>Overdue 1–30 days</source>
            <translation>逾期 1–30 天</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="24" />
            <source>Overdue 31–60 days</source>
            <translation>逾期 31–60 天</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="25" />
            <source>Overdue 61–90 days</source>
            <translation>逾期 61–90 天</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="26" />
            <source>Overdue over 90 days</source>
            <translation>逾期 90 天以上</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="27" />
            <source>Days overdue (longest)</source>
            <translation>最长逾期天数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="39" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="40" />
            <source>Receipts</source>
            <translation>收据张数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="41" />
            <source>Voids</source>
            <translation>作废张数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="42" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="43" />
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="44" />
            <source>Bank transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="45" />
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="46" />
            <source>Received (less voids)</source>
            <translation>实收（扣除作废）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="47" />
            <source>Of which for units (回款)</source>
            <translation>其中：房款回款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="49" />
            <source>Of which fees collected for others</source>
            <translation>其中：代收费用</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="50" />
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="51" />
            <source>Net</source>
            <translation>净收款</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="71" />
            <source>Paid on</source>
            <translation>交款日期</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="72" />
            <source>Receipt / voucher</source>
            <translation>收据/退款单号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="73" />
            <source>Entry</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="74" />
            <source>For</source>
            <translation>款项</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="75" />
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="76" />
            <source>Received</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="77" />
            <source>Refunded</source>
            <translation>退款金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_money.py" line="81" />
            <source>Cashier</source>
            <translation>收款员</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="20" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="23" />
            <source>Visited at</source>
            <translation>来访时间</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="24" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="26" />
            <source>Party size</source>
            <translation>来访人数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="27" />
            <source>First visit (1 = yes)</source>
            <translation>首次来访（1 = 是）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="38" />
            <source>Issued on</source>
            <translation>排号日期</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="39" />
            <source>Queue number</source>
            <translation>排号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="41" />
            <source>Intention fee</source>
            <translation>诚意金</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="42" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="66" />
            <source>Visits</source>
            <translation>来访</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="67" />
            <source>Calls</source>
            <translation>来电</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="68" />
            <source>Visitors</source>
            <translation>来访客户</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="69" />
            <source>New visitors</source>
            <translation>首访客户</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="70" />
            <source>Queue numbers</source>
            <translation>排号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="71" />
            <source>Subscriptions</source>
            <translation>认购</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="72" />
            <source>Contracts</source>
            <translation>签约</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="73" />
            <source>Contract value</source>
            <translation>签约金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="74" />
            <source>Visitor → queue</source>
            <translation>来访→排号</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="76" />
            <source>Visitor → subscription</source>
            <translation>来访→认购</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="78" />
            <source>Subscription → contract</source>
            <translation>认购→签约</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="80" />
            <source>Visitor → contract</source>
            <translation>来访→签约</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="100" />
            <source>Campaigns</source>
            <translation>推广活动</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="101" />
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="103" />
            <source>Cost per visitor</source>
            <translation>来访成本</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="106" />
            <source>Cost per subscription</source>
            <translation>认购成本</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="110" />
            <source>Cost per contract</source>
            <translation>签约成本</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="112" />
            <source>Cost ÷ contract value</source>
            <translation>营销费率（费用÷签约金额）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="127" />
            <source>Age band</source>
            <translation>年龄段</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="128" />
            <source>District</source>
            <translation>居住区域</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="129" />
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="130" />
            <source>Grade (intent)</source>
            <translation>客户等级（意向）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="131" />
            <source>Purpose</source>
            <translation>置业目的</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="147" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="148" />
            <source>Share of customers</source>
            <translation>客户占比</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="150" />
            <source>Buyers</source>
            <translation>成交客户</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="151" />
            <source>Share of buyers</source>
            <translation>成交客户占比</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="153" />
            <source>Customers who bought</source>
            <translation>成交转化率</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="165" />
            <source>Visits and calls handled</source>
            <translation>接待来访来电</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="167" />
            <source>Follow-ups</source>
            <translation>跟进次数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="168" />
            <source>Follow-ups on time</source>
            <translation>按时跟进</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="169" />
            <source>Follow-ups late</source>
            <translation>逾期跟进</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="170" />
            <source>On time</source>
            <translation>按时跟进率</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="176" />
            <source>Complaints (none recorded until after-sales service exists)</source>
            <translation>客诉（售后服务上线前不统计）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="196" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="197" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="198" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="199" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="200" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="201" />
            <source>About</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="202" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="203" />
            <source>Reason or note</source>
            <translation>原因/备注</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="204" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_people.py" line="205" />
            <source>Rows exported</source>
            <translation>导出行数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="26" />
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="27" />
            <source>Layout</source>
            <translation>户型</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="28" />
            <source>Area (m²)</source>
            <translation>面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="35" />
            <source>Stage</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="36" />
            <source>Subscribed on</source>
            <translation>认购日期</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="37" />
            <source>Subscription value</source>
            <translation>认购金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="38" />
            <source>Signed on</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="41" />
            <source>List total</source>
            <translation>表价总价</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="42" />
            <source>Deal total</source>
            <translation>成交总价</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="43" />
            <source>Deal price per m²</source>
            <translation>成交单价（元/㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="44" />
            <source>Payment method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="59" />
            <source>Subscribed area (m²)</source>
            <translation>认购面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="62" />
            <source>Contracted area (m²)</source>
            <translation>签约面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="64" />
            <source>Average contract price per m²</source>
            <translation>签约均价（元/㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="96" />
            <source>Units</source>
            <translation>套数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="97" />
            <source>Not released</source>
            <translation>未推</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="98" />
            <source>Unsold stock</source>
            <translation>未售库存</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="99" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="100" />
            <source>Sell-through by count</source>
            <translation>去化率（套数）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="102" />
            <source>Sold area (m²)</source>
            <translation>已售面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="103" />
            <source>Unsold area (m²)</source>
            <translation>未售面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="104" />
            <source>Sell-through by area</source>
            <translation>去化率（面积）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="107" />
            <source>Sold value</source>
            <translation>已售金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="108" />
            <source>Unsold value at list price</source>
            <translation>未售货值（表价）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="109" />
            <source>Sell-through by value</source>
            <translation>去化率（金额）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="128" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="131" />
            <source>Value at list price</source>
            <translation>表价货值</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="132" />
            <source>Average list price per m²</source>
            <translation>表价均价（元/㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="134" />
            <source>Units without a list price</source>
            <translation>无表价套数</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="146" />
            <source>Changed at</source>
            <translation>调价时间</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="148" />
            <source>Old price per m²</source>
            <translation>原单价（元/㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="149" />
            <source>New price per m²</source>
            <translation>新单价（元/㎡）</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="150" />
            <source>Old list total</source>
            <translation>原表价总价</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="151" />
            <source>New list total</source>
            <translation>新表价总价</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="152" />
            <source>Change</source>
            <translation>变动金额</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="153" />
            <source>Change %</source>
            <translation>变动幅度</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="155" />
            <source>Price plan</source>
            <translation>价格方案</translation>
        </message>
        <message>
            <location filename="../../app/services/report_sales.py" line="157" />
            <source>Applied by</source>
            <translation>执行人</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="63" />
            <source>Sales ledger (subscriptions and contracts)</source>
            <translation>销售台账（认购与签约）</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="68" />
            <source>Sales by period</source>
            <translation>按期间销售统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="70" />
            <source>Sales by building</source>
            <translation>按楼栋销售统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="72" />
            <source>Sales by layout</source>
            <translation>按户型销售统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="74" />
            <source>Sales by salesperson</source>
            <translation>按置业顾问销售统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="76" />
            <source>Sell-through by building</source>
            <translation>按楼栋去化统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="78" />
            <source>Sell-through by layout</source>
            <translation>按户型去化统计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="80" />
            <source>Inventory</source>
            <translation>库存房源</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="82" />
            <source>Receivables and overdue ageing</source>
            <translation>应收款及逾期账龄</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="84" />
            <source>Collections by period and method</source>
            <translation>回款统计（按期间和付款方式）</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="87" />
            <source>Collection detail</source>
            <translation>回款明细</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="88" />
            <source>Visitors and conversion by salesperson</source>
            <translation>来访及转化（按置业顾问）</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="90" />
            <source>Visitors and conversion by channel</source>
            <translation>来访及转化（按渠道）</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="95" />
            <source>Channel cost and result</source>
            <translation>渠道费用与效果</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="98" />
            <source>Customer profile: age</source>
            <translation>客户画像：年龄</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="100" />
            <source>Customer profile: district</source>
            <translation>客户画像：区域</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="102" />
            <source>Customer profile: occupation</source>
            <translation>客户画像：职业</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="104" />
            <source>Customer profile: intent grade</source>
            <translation>客户画像：意向等级</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="106" />
            <source>Customer profile: purpose</source>
            <translation>客户画像：置业目的</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="108" />
            <source>Price history</source>
            <translation>调价记录</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="110" />
            <source>Staff performance</source>
            <translation>置业顾问业绩</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="113" />
            <source>Audit of sensitive actions</source>
            <translation>敏感操作审计</translation>
        </message>
        <message>
            <location filename="../../app/services/reports.py" line="123" />
            <source>There is no report "{report}".</source>
            <translation>没有“{report}”这张报表。</translation>
        </message>
    </context>
</TS>
