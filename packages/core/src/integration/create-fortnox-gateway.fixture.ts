/**
 * Every `FortnoxGateway` call of `create-fortnox-gateway.test.ts` as the gateway sent it when it
 * wrote its own paths and bodies (commit 985c4f7, before it delegated to `fortnox/resources`;
 * decisions/140): method, path, query, body (keys sorted), priority, effective idempotency and
 * response type, and what the call resolved to. Recorded with `RECORD_GATEWAY_REQUESTS=file`.
 */
export const GATEWAY_REQUESTS = {
  createCustomer: {
    requests: [
      {
        method: 'POST',
        path: 'customers',
        body: {
          Customer: {
            Email: 'trace@x.se',
            ExternalReference: 'fk-trace',
            Name: 'Trace AB',
            OrganisationNumber: '556677-8899',
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  getCustomer: {
    requests: [
      {
        method: 'GET',
        path: 'customers/11',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  'getCustomer missing': {
    requests: [
      {
        method: 'GET',
        path: 'customers/999999',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'findCustomers name': {
    requests: [
      {
        method: 'GET',
        path: 'customers',
        searchParams: {
          limit: 500,
          name: 'Trace AB',
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  'findCustomers email': {
    requests: [
      {
        method: 'GET',
        path: 'customers',
        searchParams: {
          email: 'trace@x.se',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  'findCustomers organisationnumber': {
    requests: [
      {
        method: 'GET',
        path: 'customers',
        searchParams: {
          limit: 500,
          organisationnumber: '8899',
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  'findCustomers organisationnumber too short': {
    requests: [],
    outcome: '0 records',
  },
  createArticle: {
    requests: [
      {
        method: 'POST',
        path: 'articles',
        body: {
          Article: {
            ArticleNumber: 'TR-1',
            Description: 'Trace',
            Type: 'SERVICE',
            Unit: 'st',
            VAT: 25,
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  getArticle: {
    requests: [
      {
        method: 'GET',
        path: 'articles/TR-1',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  'getArticle missing': {
    requests: [
      {
        method: 'GET',
        path: 'articles/NOPE-1',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'codeExists costcenters': {
    requests: [
      {
        method: 'GET',
        path: 'costcenters/SERV',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists costcenters missing': {
    requests: [
      {
        method: 'GET',
        path: 'costcenters/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  'codeExists units': {
    requests: [
      {
        method: 'GET',
        path: 'units/st',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists units missing': {
    requests: [
      {
        method: 'GET',
        path: 'units/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  'codeExists termsofdeliveries': {
    requests: [
      {
        method: 'GET',
        path: 'termsofdeliveries/FVL',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists termsofdeliveries missing': {
    requests: [
      {
        method: 'GET',
        path: 'termsofdeliveries/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  'codeExists wayofdeliveries': {
    requests: [
      {
        method: 'GET',
        path: 'wayofdeliveries/P',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists wayofdeliveries missing': {
    requests: [
      {
        method: 'GET',
        path: 'wayofdeliveries/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  'codeExists termsofpayments': {
    requests: [
      {
        method: 'GET',
        path: 'termsofpayments/30',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists termsofpayments missing': {
    requests: [
      {
        method: 'GET',
        path: 'termsofpayments/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  'codeExists pricelists': {
    requests: [
      {
        method: 'GET',
        path: 'pricelists/A',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'true',
  },
  'codeExists pricelists missing': {
    requests: [
      {
        method: 'GET',
        path: 'pricelists/ZZZ9',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'false',
  },
  createOrder: {
    requests: [
      {
        method: 'POST',
        path: 'orders',
        body: {
          Order: {
            CustomerNumber: '11',
            ExternalInvoiceReference2: 'fk1-trace',
            OrderRows: [
              {
                ArticleNumber: 'TR-1',
                DeliveredQuantity: 1,
                OrderedQuantity: 1,
                Price: 10,
              },
            ],
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  getOrder: {
    requests: [
      {
        method: 'GET',
        path: 'orders/11',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  'getOrder missing': {
    requests: [
      {
        method: 'GET',
        path: 'orders/99999',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  findOrdersByReference: {
    requests: [
      {
        method: 'GET',
        path: 'orders',
        searchParams: {
          externalinvoicereference2: 'fk1-trace',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  updateOrder: {
    requests: [
      {
        method: 'PUT',
        path: 'orders/11',
        body: {
          Order: {
            CustomerNumber: '11',
            OrderRows: [
              {
                ArticleNumber: 'TR-1',
                DeliveredQuantity: 1,
                OrderedQuantity: 1,
                Price: 10,
              },
            ],
            Remarks: 'changed',
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  listOrdersChangedSince: {
    requests: [
      {
        method: 'GET',
        path: 'orders',
        searchParams: {
          lastmodified: '2026-01-01 09:29',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  previewOrder: {
    requests: [
      {
        method: 'GET',
        path: 'orders/11/preview',
        priority: 'interactive',
        idempotent: true,
        responseType: 'pdf',
      },
    ],
    outcome: 'pdf',
  },
  createInvoiceFromOrder: {
    requests: [
      {
        method: 'PUT',
        path: 'orders/11/createinvoice',
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  getInvoice: {
    requests: [
      {
        method: 'GET',
        path: 'invoices/11',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  'getInvoice missing': {
    requests: [
      {
        method: 'GET',
        path: 'invoices/99999',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  findInvoicesByReference: {
    requests: [
      {
        method: 'GET',
        path: 'invoices',
        searchParams: {
          externalinvoicereference2: 'fk1-trace',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '1 records',
  },
  updateInvoice: {
    requests: [
      {
        method: 'PUT',
        path: 'invoices/11',
        body: {
          Invoice: {
            CustomerNumber: '11',
            Remarks: 'changed',
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  previewInvoice: {
    requests: [
      {
        method: 'GET',
        path: 'invoices/11/preview',
        priority: 'interactive',
        idempotent: true,
        responseType: 'pdf',
      },
    ],
    outcome: 'pdf',
  },
  listInvoicesChangedSince: {
    requests: [
      {
        method: 'GET',
        path: 'invoices',
        searchParams: {
          lastmodified: '2026-01-01 09:29',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '2 records',
  },
  createInvoice: {
    requests: [
      {
        method: 'POST',
        path: 'invoices',
        body: {
          Invoice: {
            CustomerNumber: '11',
            InvoiceRows: [
              {
                ArticleNumber: 'TR-1',
                DeliveredQuantity: 1,
                Price: 5,
              },
            ],
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'sendInvoice externalprint': {
    requests: [
      {
        method: 'PUT',
        path: 'invoices/12/externalprint',
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'sendInvoice email': {
    requests: [
      {
        method: 'GET',
        path: 'invoices/12/email',
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'sendInvoice eprint': {
    requests: [
      {
        method: 'GET',
        path: 'invoices/12/eprint',
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  'sendInvoice einvoice': {
    requests: [
      {
        method: 'GET',
        path: 'invoices/12/einvoice',
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  getEmployee: {
    requests: [
      {
        method: 'GET',
        path: 'employees/1',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  'getEmployee missing': {
    requests: [
      {
        method: 'GET',
        path: 'employees/9999',
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  listAttendance: {
    requests: [
      {
        method: 'GET',
        path: 'attendancetransactions',
        searchParams: {
          employeeid: '1',
          limit: 500,
          page: 1,
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: '2 records',
  },
  createAttendance: {
    requests: [
      {
        method: 'POST',
        path: 'attendancetransactions',
        body: {
          AttendanceTransaction: {
            CauseCode: 'TID',
            CostCenter: 'SERV',
            Date: '2026-01-05',
            EmployeeId: '1',
            Hours: 2,
          },
        },
        priority: 'interactive',
        idempotent: false,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
  updateAttendance: {
    requests: [
      {
        method: 'PUT',
        path: 'attendancetransactions/{id}',
        body: {
          AttendanceTransaction: {
            CauseCode: 'TID',
            Date: '2026-01-05',
            EmployeeId: '1',
            Hours: 3,
          },
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'record',
  },
  deleteAttendance: {
    requests: [
      {
        method: 'DELETE',
        path: 'attendancetransactions/{id}',
        priority: 'interactive',
        idempotent: true,
        responseType: 'none',
      },
    ],
    outcome: 'true',
  },
  'deleteAttendance already gone': {
    requests: [
      {
        method: 'DELETE',
        path: 'attendancetransactions/{id}',
        priority: 'interactive',
        idempotent: true,
        responseType: 'none',
      },
    ],
    outcome: 'false',
  },
  'updateAttendance gone': {
    requests: [
      {
        method: 'PUT',
        path: 'attendancetransactions/{id}',
        body: {
          AttendanceTransaction: {
            CauseCode: 'TID',
            Date: '2026-01-05',
            EmployeeId: '1',
            Hours: 2,
          },
        },
        priority: 'interactive',
        idempotent: true,
        responseType: 'json',
      },
    ],
    outcome: 'undefined',
  },
};
